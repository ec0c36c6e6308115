package dev.registrarkit

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Typed exceptions and redaction through the generic path. */
class ClientTest {

    private val secret = "t0p-s3cret-token"
    private val client = Client("alldomains", """{"token":"$secret"}""")

    @Test
    fun `an empty sld is InvalidInput about sld`() {
        val e = assertThrows<RegistrarException.InvalidInput> {
            client.prepare("servicedomain/check", """{"sld":"","tld":".com"}""")
        }
        assertEquals("sld", e.field)
        assertFalse(e.retryable)
        assertEquals("invalid_input", e.kind())
        assertEquals("sld", Support.parse(e.errorJson).get("field").asText())
    }

    @Test
    fun `an unknown operation is Unsupported`() {
        val e = assertThrows<RegistrarException.Unsupported> { client.prepare("no/such/operation", "") }
        assertEquals("unsupported", Support.parse(e.errorJson).get("kind").asText())
        assertThrows<RegistrarException.Unsupported> {
            client.parse("no/such/operation", HttpResponse(200u, emptyList(), ByteArray(0)))
        }
    }

    @Test
    fun `bad config and bad params are InvalidInput`() {
        assertEquals("provider", assertThrows<RegistrarException.InvalidInput> { Client("nope", "{}") }.field)
        assertEquals("token", assertThrows<RegistrarException.InvalidInput> { Client("alldomains", """{"token":""}""") }.field)
        assertEquals("config", assertThrows<RegistrarException.InvalidInput> { Client("alldomains", "not json") }.field)
        assertEquals("params", assertThrows<RegistrarException.InvalidInput> { client.prepare("servicedomain/check", "[1,") }.field)
    }

    @Test
    fun `a non-JSON body is a Protocol error with an excerpt`() {
        val e = assertThrows<RegistrarException.Protocol> {
            client.parse("servicedomain/check", HttpResponse(200u, emptyList(), "<html>proxy</html>".toByteArray()))
        }
        assertTrue(e.bodyExcerpt!!.startsWith("<html>"))
    }

    @Test
    fun `redaction hides the token`() {
        val request = client.prepare("servicedomain/check", """{"sld":"example","tld":".com"}""")
        val basic = request.header("authorization")!!
        assertTrue(basic.startsWith("Basic "))
        val redacted = client.redact(request)
        assertEquals("***", redacted.header("authorization"))
        assertEquals(request.url, redacted.url)
        assertEquals(request.bodyText(), redacted.bodyText())
        for (text in listOf(redacted.toJson(false), request.toJson(true), redacted.toString(), request.redacted().toJson(false))) {
            assertFalse(text.contains(secret), text)
            assertFalse(text.contains(basic.removePrefix("Basic ")), text)
        }
        // the unredacted request does carry it (so the checks above mean something)
        assertTrue(request.toJson(false).contains(basic))
        assertEquals(request.bodyText(), bodyText(request))
    }

    @Test
    fun `parse returns JSON text`() {
        val out = client.parse(
            "servicedomain/check",
            HttpResponse(200u, listOf(Header("content-type", "application/json")), """{"result":true,"error":null}""".toByteArray()),
        )
        assertEquals(true, Support.parse(out).get("available").asBoolean())
        assertNull(Support.parse(out).get("error"))
    }
}
