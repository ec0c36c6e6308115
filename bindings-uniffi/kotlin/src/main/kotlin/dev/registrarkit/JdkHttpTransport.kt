package dev.registrarkit

import java.net.URI
import java.time.Duration

/**
 * The default [HttpTransport] on the JVM (Java 11+): sends the request exactly as prepared with
 * `java.net.http.HttpClient` and hands back whatever came in, any status.
 *
 * Headers the JDK client sets itself (`host`, `content-length`, `connection`, …) are left to it.
 * A failure without a response is thrown as [TransportException.Failed]; `Client.call` turns it
 * into [RegistrarException.Transport], which says whether a retry is safe.
 */
class JdkHttpTransport @JvmOverloads constructor(
    private val client: java.net.http.HttpClient = java.net.http.HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(30))
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
        .build(),
    private val timeout: Duration = Duration.ofSeconds(120),
) : HttpTransport {

    override fun send(request: HttpRequest): HttpResponse {
        val response = try {
            val builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url)).timeout(timeout)
            for (h in request.headers) {
                if (h.name.lowercase() !in RESTRICTED) builder.header(h.name, h.value)
            }
            val body = if (request.body.isEmpty()) {
                java.net.http.HttpRequest.BodyPublishers.noBody()
            } else {
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(request.body)
            }
            builder.method(request.method, body)
            client.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
        } catch (e: InterruptedException) {
            Thread.currentThread().interrupt()
            throw TransportException.Failed(e.toString())
        } catch (e: Exception) {
            throw TransportException.Failed(e.toString())
        }
        val headers = response.headers().map().flatMap { (name, values) ->
            values.map { Header(name.lowercase(), it) }
        }
        return HttpResponse(response.statusCode().toUShort(), headers, response.body() ?: ByteArray(0))
    }

    private companion object {
        /** Headers `java.net.http` refuses to take from the caller. */
        val RESTRICTED = setOf("connection", "content-length", "expect", "host", "upgrade")
    }
}
