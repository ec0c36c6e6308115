package dev.registrarkit

import com.fasterxml.jackson.databind.JsonNode
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.fail
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.atomic.AtomicInteger

/**
 * Runs every golden vector in tests/vectors (see tests/vectors/README.md) through the binding:
 * one dynamic test per `case.json`, then a check that all of them ran.
 */
class VectorTest {

    @TestFactory
    fun vectors(): List<DynamicTest> {
        val files = Support.caseFiles()
        val ran = AtomicInteger()
        val tests = files.map { file ->
            val name = Support.vectorsDir.relativize(file.parent).toString()
            DynamicTest.dynamicTest(name) {
                run(file)
                ran.incrementAndGet()
            }
        }
        val count = DynamicTest.dynamicTest("every case.json ran") {
            // Counted independently of the list above, so a vector the walk missed cannot hide.
            val onDisk = Files.walk(Support.vectorsDir).use { s ->
                s.filter { it.fileName.toString() == "case.json" }.count().toInt()
            }
            assertTrue(onDisk > 0, "no vectors under ${Support.vectorsDir}")
            assertEquals(onDisk, ran.get(), "vectors run vs case.json files")
            println("[vectors] ran ${ran.get()} of $onDisk case.json files")
        }
        return tests + count
    }

    private fun run(file: Path) {
        val case = Support.parse(Files.readString(file))
        val provider = case.required("provider").asText()
        val operation = case.required("operation").asText()
        val config = case.get("config")?.let(Support::text) ?: "{}"
        Client(provider, config).use { client ->
            var halves = 0
            if (case.has("params") || case.has("request") || case.has("prepare_error")) {
                halves++
                requestHalf(client, operation, case)
            }
            if (case.has("response")) {
                halves++
                responseHalf(client, operation, case)
            }
            assertTrue(halves > 0, "vector has neither a request half nor a response half")
        }
    }

    private fun requestHalf(client: Client, operation: String, case: JsonNode) {
        val params = case.get("params")?.let(Support::text) ?: ""
        val expectedError = case.get("prepare_error")
        val request = try {
            client.prepare(operation, params)
        } catch (e: RegistrarException) {
            if (expectedError == null) fail("prepare failed: ${e.toJson()}", e)
            assertError(expectedError, e)
            return
        }
        if (expectedError != null) fail("expected prepare_error $expectedError, got request ${request.toJson(true)}")
        case.get("request")?.let { assertRequest(it, request, "request") }
        case.get("redacted")?.let { assertRequest(it, client.redact(request), "redacted") }
    }

    private fun responseHalf(client: Client, operation: String, case: JsonNode) {
        val r = case.get("response")
        val response = HttpResponse(
            r.required("status").asInt().toUShort(),
            Support.headers(r.get("headers")),
            Support.body(r.get("body")),
        )
        val expectedError = case.get("error")
        val output = try {
            client.parse(operation, response)
        } catch (e: RegistrarException) {
            if (expectedError == null) fail("parse failed: ${e.toJson()}", e)
            assertError(expectedError, e)
            return
        }
        if (expectedError != null) fail("expected error $expectedError, got output $output")
        case.get("output")?.let { expected ->
            val actual = Support.parse(output)
            assertTrue(Support.jsonEquals(expected, actual), "output\n expected: $expected\n   actual: $actual")
        }
    }

    private fun assertRequest(expected: JsonNode, actual: HttpRequest, what: String) {
        expected.get("method")?.let { assertEquals(it.asText(), actual.method, "$what method") }
        expected.get("url")?.let { assertEquals(it.asText(), actual.url, "$what url") }
        expected.get("headers")?.let {
            val want = Support.headers(it).map { h -> listOf(h.name, h.value) }
            val got = actual.headers.map { h -> listOf(h.name, h.value) }
            assertEquals(want, got, "$what headers")
        }
        if (expected.has("body")) {
            val want = Support.body(expected.get("body"))
            if (!want.contentEquals(actual.body)) {
                assertEquals(String(want, Charsets.UTF_8), String(actual.body, Charsets.UTF_8), "$what body")
                assertArrayEquals(want, actual.body, "$what body bytes")
            }
        }
    }

    /** Every member given in the vector equals the same member of the error's JSON form. */
    private fun assertError(expected: JsonNode, e: RegistrarException) {
        val actual = Support.parse(e.toJson())
        for ((key, want) in expected.properties()) {
            assertTrue(
                Support.jsonEquals(want, actual.get(key)),
                "error member \"$key\"\n expected: $want\n   actual: ${actual.get(key)}\n (error: $actual)",
            )
        }
        // The typed path agrees with the JSON form: kind "not_found" is RegistrarException.NotFound.
        val kind = actual.get("kind").asText()
        assertEquals(Support.className(kind), e::class.simpleName, "exception class for kind $kind")
        assertEquals(kind, e.kind())
    }
}
