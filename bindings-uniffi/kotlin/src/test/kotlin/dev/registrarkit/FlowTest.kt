package dev.registrarkit

import com.fasterxml.jackson.databind.JsonNode
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.fail
import java.nio.file.Files
import java.nio.file.Path
import kotlin.streams.toList

/** Every flow vector in tests/flows (see tests/flows/README.md), through Client.flow and runFlow. */
class FlowTest {
    private val flowsDir: Path = Support.repoRoot.resolve("tests/flows")

    private fun files(): List<Path> = Files.walk(flowsDir).use { s ->
        s.filter { Files.isRegularFile(it) && it.fileName.toString() == "flow.json" }.sorted().toList()
    }

    private fun response(r: JsonNode) =
        HttpResponse(r.required("status").asInt().toUShort(), Support.headers(r.get("headers")), Support.body(r.get("body")))

    private fun checkOutput(case: JsonNode, outputJson: String) {
        val output = Support.parse(outputJson)
        case.get("output")?.let { assertTrue(Support.jsonEquals(it, output), "output\n expected: $it\n   actual: $output") }
        case.get("output_error")?.properties()?.forEach { (k, want) ->
            assertTrue(Support.jsonEquals(want, output.path("error").get(k)), "output.error.$k: expected $want in $output")
        }
        assertTrue(case.has("output") || case.has("output_error"), "a flow vector needs output or output_error")
    }

    @TestFactory
    fun flows(): List<DynamicTest> {
        val files = files()
        val count = DynamicTest.dynamicTest("flow vectors exist") { assertTrue(files.isNotEmpty()) }
        return listOf(count) + files.map { file ->
            DynamicTest.dynamicTest(flowsDir.relativize(file.parent).toString()) {
                val case = Support.parse(Files.readString(file))
                Client(case.required("provider").asText(), Support.text(case.required("config"))).use { client ->
                    val flow = client.flow(case.required("flow").asText(), Support.text(case.required("params")))
                    case.required("steps").forEachIndexed { i, step ->
                        val s = flow.next()
                        if (s !is FlowStep.Send) fail("step $i: the flow ended early")
                        val want = step.required("request")
                        assertEquals(want.required("method").asText(), s.request.method, "step $i method")
                        assertEquals(want.required("url").asText(), s.request.url, "step $i url")
                        assertEquals(
                            Support.headers(want.get("headers")).map { listOf(it.name, it.value) },
                            s.request.headers.map { listOf(it.name, it.value) },
                            "step $i headers",
                        )
                        assertArrayEquals(Support.body(want.get("body")), s.request.body, "step $i body")
                        flow.feed(response(step.required("response")))
                    }
                    val end = flow.next()
                    if (end !is FlowStep.Done) fail("the flow wants more requests than the steps give")
                    checkOutput(case, end.outputJson)
                }
            }
        }
    }

    @Test
    fun `runFlow drives a session through a Kotlin transport`() {
        val file = files().first { it.toString().contains("login-get-logout") }
        val case = Support.parse(Files.readString(file))
        val steps = case.required("steps").toList()
        val sent = mutableListOf<String>()
        val transport = object : HttpTransport {
            override fun send(request: HttpRequest): HttpResponse {
                val step = steps[sent.size]
                sent.add(request.url)
                return response(step.required("response"))
            }
        }
        Client(case.required("provider").asText(), Support.text(case.required("config"))).use { client ->
            checkOutput(case, client.runFlow(case.required("flow").asText(), Support.text(case.required("params")), transport))
            assertEquals(steps.map { it.required("request").required("url").asText() }, sent)
            assertTrue(client.flowsJson().contains("\"session\""))
        }
        Client("alldomains", """{"token":"t"}""").use { c ->
            assertThrows<RegistrarException.Unsupported> { c.flow("session", "") }
        }
    }
}
