package dev.registrarkit

import com.sun.net.httpserver.HttpServer
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.net.InetSocketAddress
import java.util.Base64
import java.util.concurrent.ConcurrentLinkedQueue

/** `Client.call` through a Kotlin [HttpTransport] against a local server that answers like Alldomains. */
class TransportTest {

    private data class Seen(val method: String, val path: String, val authorization: String?, val contentType: String?, val body: String)

    private lateinit var server: HttpServer
    private val seen = ConcurrentLinkedQueue<Seen>()
    private lateinit var client: Client

    @BeforeEach
    fun start() {
        server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
        server.createContext("/") { ex ->
            val body = ex.requestBody.readAllBytes().toString(Charsets.UTF_8)
            seen.add(
                Seen(
                    ex.requestMethod, ex.requestURI.path,
                    ex.requestHeaders.getFirst("Authorization"), ex.requestHeaders.getFirst("Content-Type"), body,
                ),
            )
            val answer = when (ex.requestURI.path) {
                "/api/client/servicedomain/check" -> """{"result":true,"error":null}"""
                else -> """{"result":null,"error":{"message":"Domain not found","code":9999}}"""
            }.toByteArray()
            ex.responseHeaders.add("Content-Type", "application/json")
            ex.sendResponseHeaders(200, answer.size.toLong())
            ex.responseBody.use { it.write(answer) }
        }
        server.start()
        client = Client("alldomains", """{"token":"t","base_url":"http://127.0.0.1:${server.address.port}"}""")
    }

    @AfterEach
    fun stop() {
        server.stop(0)
        client.close()
    }

    @Test
    fun `check goes through the transport and is parsed`() {
        val out = client.call("servicedomain/check", """{"sld":"example","tld":".com"}""", JdkHttpTransport())
        assertTrue(Support.parse(out).get("available").asBoolean(), out)
        val s = seen.single()
        assertEquals("POST", s.method)
        assertEquals("/api/client/servicedomain/check", s.path)
        assertEquals("Basic " + Base64.getEncoder().encodeToString("client:t".toByteArray()), s.authorization)
        assertEquals("application/json", s.contentType)
        assertTrue(Support.jsonEquals(Support.parse("""{"sld":"example","tld":".com"}"""), Support.parse(s.body)), s.body)
    }

    @Test
    fun `a provider error envelope is NotFound with the provider code`() {
        val e = assertThrows<RegistrarException.NotFound> {
            client.call("servicedomain/get_domain", """{"domain":"example.com"}""", JdkHttpTransport())
        }
        assertEquals("9999", e.providerCode)
        assertEquals("Domain not found", e.providerMessage)
        assertFalse(e.retryable)
        assertEquals("/api/client/servicedomain/get_domain", seen.single().path)
    }

    @Test
    fun `a transport written in Kotlin sees the prepared request`() {
        val requests = mutableListOf<HttpRequest>()
        val fake = object : HttpTransport {
            override fun send(request: HttpRequest): HttpResponse {
                requests.add(request)
                return HttpResponse(200u, emptyList(), """{"result":true,"error":null}""".toByteArray())
            }
        }
        client.call("servicedomain/check", """{"sld":"example","tld":".com"}""", fake)
        val expected = client.prepare("servicedomain/check", """{"sld":"example","tld":".com"}""")
        val got = requests.single()
        assertEquals(expected.method, got.method)
        assertEquals(expected.url, got.url)
        assertEquals(expected.headers, got.headers)
        assertTrue(expected.body.contentEquals(got.body))
        assertTrue(seen.isEmpty())
    }

    @Test
    fun `a failed transport is Transport, retryable for a safe operation`() {
        server.stop(0)
        val e = assertThrows<RegistrarException.Transport> {
            client.call("servicedomain/check", """{"sld":"example","tld":".com"}""", JdkHttpTransport())
        }
        assertTrue(e.retryable)
        assertEquals("transport", e.kind())
        // any exception a transport throws arrives the same way
        val broken = object : HttpTransport {
            override fun send(request: HttpRequest): HttpResponse = throw IllegalStateException("boom")
        }
        val e2 = assertThrows<RegistrarException.Transport> { client.call("servicedomain/check", """{"sld":"example","tld":".com"}""", broken) }
        assertTrue(e2.errorMessage.contains("boom"), e2.errorMessage)
    }
}
