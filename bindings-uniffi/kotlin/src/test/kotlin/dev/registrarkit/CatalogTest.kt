package dev.registrarkit

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import java.nio.file.Files

/** The catalog the binding exposes is the one tests/operations.json lists. */
class CatalogTest {

    private data class Op(val provider: String, val operation: String, val method: String)

    private fun catalog(): List<Op> = Support.parse(catalogJson()).map {
        Op(it.get("provider").asText(), it.get("name").asText(), it.get("method").asText())
    }

    @Test
    fun `catalog matches tests operations json for the providers it has`() {
        val file = Support.repoRoot.resolve("tests/operations.json")
        assumeTrue(Files.isRegularFile(file), "tests/operations.json does not exist yet")
        val catalog = catalog()
        assertTrue(catalog.isNotEmpty(), "empty catalog")
        val providers = catalog.map { it.provider }.toSet()
        val listed = Support.parse(Files.readString(file)).get("operations")
            .map { Op(it.get("provider").asText(), it.get("operation").asText(), it.get("method")?.asText() ?: "") }
            .filter { it.provider in providers }
        assertEquals(catalog.size, catalog.map { it.provider to it.operation }.toSet().size, "duplicates in the catalog")
        assertEquals(listed.size, listed.map { it.provider to it.operation }.toSet().size, "duplicates in tests/operations.json")
        assertEquals(
            listed.map { "${it.provider} ${it.operation}" }.sorted(),
            catalog.map { "${it.provider} ${it.operation}" }.sorted(),
            "tests/operations.json (expected) vs catalog_json() (actual), providers $providers",
        )
        // where the list gives the method, the catalog agrees
        val methods = catalog.associate { (it.provider to it.operation) to it.method }
        for (op in listed.filter { it.method.isNotEmpty() }) {
            assertEquals(op.method, methods[op.provider to op.operation], "method of ${op.provider} ${op.operation}")
        }
        println("[catalog] ${catalog.size} operations of ${providers.sorted()} match tests/operations.json")
    }

    @Test
    fun `every provider lists its operations and the client agrees`() {
        val catalog = catalog()
        // every provider in the catalog is a known provider (some may have no operations yet)
        assertTrue(providers().containsAll(catalog.map { it.provider }.toSet()), "${providers()}")
        val client = Client("alldomains", """{"token":"t"}""")
        client.use {
            assertEquals("alldomains", it.provider())
            val ops = Support.parse(it.operationsJson()).map { o -> o.get("name").asText() }
            assertEquals(catalog.filter { o -> o.provider == "alldomains" }.map { o -> o.operation }, ops)
        }
    }

    @Test
    fun `error kinds mirror the core`() {
        val kinds = errorKinds()
        assertEquals(13, kinds.size)
        val classes = RegistrarException::class.java.declaredClasses
            .filter { RegistrarException::class.java.isAssignableFrom(it) }.map { it.simpleName }.toSet()
        for (kind in kinds) assertTrue(Support.className(kind) in classes, "no RegistrarException.${Support.className(kind)}")
    }
}
