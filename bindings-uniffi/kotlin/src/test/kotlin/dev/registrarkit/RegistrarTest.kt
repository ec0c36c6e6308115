package dev.registrarkit

import com.fasterxml.jackson.databind.JsonNode
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.fail
import java.nio.file.Files
import java.nio.file.Path
import kotlin.streams.toList

/**
 * The unified [Registrar]: every tests/registrar/<provider>-lifecycle.json (check → info → set name
 * servers → lock → renew over recorded responses, an unsupported cell, a transport failure on
 * renew), run through a Kotlin [HttpTransport]; see tests/registrar/README.md.
 */
class RegistrarTest {
    private val dir: Path = Support.repoRoot.resolve("tests/registrar")

    private fun fixtures(): List<Path> = Files.list(dir).use { s ->
        s.filter { it.fileName.toString().endsWith("-lifecycle.json") }.sorted().toList()
    }

    private fun recorded(ref: JsonNode): HttpResponse {
        val case = Support.parse(Files.readString(Support.vectorsDir.resolve(ref.required("vector").asText()).resolve("case.json")))
        val r = case.required("response")
        return HttpResponse(r.required("status").asInt().toUShort(), Support.headers(r.get("headers")), Support.body(r.get("body")))
    }

    /** A transport answering each expected call in turn, after checking the request. */
    private class Replay(val calls: List<JsonNode>, val load: (JsonNode) -> HttpResponse) : HttpTransport {
        var count = 0
        val mismatches = mutableListOf<String>()
        override fun send(request: HttpRequest): HttpResponse {
            if (count >= calls.size) throw TransportException.Failed("unexpected ${request.method} ${request.url}")
            val want = calls[count].required("request")
            if (request.method != want.required("method").asText() || request.url != want.required("url").asText()) {
                mismatches.add("call $count: ${request.method} ${request.url} != $want")
            }
            return load(calls[count++].required("response"))
        }
    }

    private fun registrar(f: JsonNode) = Registrar(f.required("provider").asText(), Support.text(f.required("config")))

    private fun checkExpect(op: String, expect: JsonNode, outputJson: String) {
        val out = Support.parse(outputJson)
        expect.properties().forEach { (ptr, want) ->
            assertTrue(Support.jsonEquals(want, out.at(ptr)), "$op $ptr: expected $want, got ${out.at(ptr)}")
        }
    }

    private fun perFixture(label: String, body: (JsonNode) -> Unit): List<DynamicTest> {
        val files = fixtures()
        return listOf(DynamicTest.dynamicTest("fixtures exist") { assertTrue(files.size >= 3) }) +
            files.map { file ->
                DynamicTest.dynamicTest("${file.fileName}: $label") { body(Support.parse(Files.readString(file))) }
            }
    }

    @TestFactory
    fun `lifecycle through run`() = perFixture("run") { f ->
        registrar(f).use { r ->
            f.required("steps").forEach { step ->
                val op = step.required("op").asText()
                val send = Replay(step.required("calls").toList(), ::recorded)
                val out = r.run(op, Support.text(step.required("params")), send)
                assertEquals(emptyList<String>(), send.mismatches, op)
                assertEquals(step.required("calls").size(), send.count, "$op: calls made")
                checkExpect(op, step.required("expect"), out)
            }
        }
    }

    @TestFactory
    fun `lifecycle through start, next and feed`() = perFixture("start/next/feed") { f ->
        registrar(f).use { r ->
            f.required("steps").forEach { step ->
                val op = step.required("op").asText()
                r.start(op, Support.text(step.required("params"))).use { flow ->
                    step.required("calls").forEachIndexed { i, call ->
                        val s = flow.next()
                        if (s !is RegistrarStep.Send) fail("$op: ended before call $i")
                        assertEquals(call.required("request").required("url").asText(), s.request.url)
                        flow.feed(recorded(call.required("response")))
                    }
                    val end = flow.next()
                    if (end !is RegistrarStep.Done) fail("$op: wants more calls than recorded")
                    checkExpect(op, step.required("expect"), end.outputJson)
                }
            }
        }
    }

    @TestFactory
    fun `unsupported cell fails before any send`() = perFixture("unsupported") { f ->
        registrar(f).use { r ->
            val u = f.required("unsupported")
            val op = u.required("op").asText()
            assertEquals("unsupported", Support.parse(r.capabilitiesJson()).path(op).path("kind").asText())
            val send = Replay(emptyList(), ::recorded)
            assertThrows<RegistrarException.Unsupported> { r.run(op, Support.text(u.required("params")), send) }
            assertEquals(0, send.count)
        }
    }

    @TestFactory
    fun `transport failure on renew`() = perFixture("transport failure") { f ->
        registrar(f).use { r ->
            val t = f.required("transport_failure")
            val replay = Replay(t.required("calls").toList(), ::recorded)
            val send = object : HttpTransport {
                override fun send(request: HttpRequest): HttpResponse =
                    if (replay.count < replay.calls.size) replay.send(request)
                    else throw TransportException.Failed("connection reset")
            }
            val e = assertThrows<RegistrarException.Transport> {
                r.run(t.required("op").asText(), Support.text(t.required("params")), send)
            }
            val want = t.required("error")
            assertEquals(want.required("kind").asText(), e.kind())
            assertEquals(want.required("retryable").asBoolean(), e.isRetryable())
            assertFalse(e.isRetryable())
            val details = Support.parse(e.detailsJson ?: fail("no details"))
            want.required("details").properties().forEach { (k, v) ->
                assertTrue(Support.jsonEquals(v, details.get(k)), "details.$k: expected $v in $details")
            }
            assertTrue(e.errorMessage.contains("connection reset"), e.errorMessage)
            assertEquals(t.required("calls").size(), replay.count)
            assertEquals(emptyList<String>(), replay.mismatches)
        }
    }

    @Test
    fun `a flow that ends in the provider's error throws it, bad input throws before sending`() {
        Registrar("alldomains", """{"token":"test-token"}""").use { r ->
            r.start("renew", """{"domain":"example-domain.com","years":1}""").use { flow ->
                flow.feed(recorded(Support.parse("""{"vector":"alldomains/servicedomain/get_domain/success"}""")))
                assertTrue(flow.next() is RegistrarStep.Send)
                flow.feed(recorded(Support.parse("""{"vector":"alldomains/servicedomain/renew_domain/error"}""")))
                val e = assertThrows<RegistrarException> { flow.next() }
                assertTrue(Support.parse(e.toJson()).has("provider_message"), e.toJson())
            }
            val bad = assertThrows<RegistrarException.InvalidInput> {
                r.start("renew", """{"domain":"example-domain.com","years":0}""")
            }
            assertEquals("years", bad.field)
            assertTrue(Support.parse(capabilityMatrixJson()).path("alldomains").equals(Support.parse(r.capabilitiesJson())))
        }
    }
}
