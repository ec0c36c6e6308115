package dev.registrarkit

import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.nio.file.Files

/**
 * The README's Kotlin snippet: [snippet] holds it line for line (the test checks that every line
 * of the README block is here, so the two cannot drift), and running it must not throw.
 */
class ReadmeTest {
    private fun snippet(): String {
        // --- README snippet start
        val client = Client("alldomains", """{"token":"YOUR-TOKEN"}""")
        val request = client.prepare("servicedomain/check", """{"sld":"example","tld":".uz"}""")
        println(request.redacted().toJson(false)) // credentials show ***
        // send it with any HTTP client, then hand the answer back:
        val reply = HttpResponse(200.toUShort(), listOf(), """{"result":true,"error":null}""".toByteArray())
        println(client.parse("servicedomain/check", reply)) // {"available":true}

        // or in one step through an HttpTransport (JdkHttpTransport uses java.net.http):
        try {
            println(client.call("servicedomain/get_domain", """{"domain":"example.uz"}""", JdkHttpTransport()))
        } catch (e: RegistrarException.NotFound) {
            println("no such domain: ${e.providerMessage}")
        } catch (e: RegistrarException) {
            println("${e.kind()} ${e.isRetryable()} ${e.toJson()}")
        }
        // --- README snippet end
        return client.parse("servicedomain/check", reply)
    }

    @Test
    fun `the README snippet runs`() {
        assertTrue(snippet().contains("\"available\":true"))
    }

    @Test
    fun `the README block is this test's snippet`() {
        val readme = Files.readString(Support.repoRoot.resolve("README.md"))
        val block = Regex("```kotlin\n(.*?)```", RegexOption.DOT_MATCHES_ALL).find(readme)?.groupValues?.get(1)
            ?: error("no ```kotlin block in README.md")
        val source = Files.readString(
            Support.repoRoot.resolve("bindings-uniffi/kotlin/src/test/kotlin/dev/registrarkit/ReadmeTest.kt"),
        )
        val here = source.substringAfter("// --- README snippet start").substringBefore("// --- README snippet end")
            .lines().map { it.trim() }
        for (line in block.lines().map { it.trim() }.filter { it.isNotEmpty() && !it.startsWith("import ") }) {
            assertTrue(line in here, "README line not in ReadmeTest: $line")
        }
    }
}
