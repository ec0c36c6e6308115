package dev.registrarkit

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.fail
import java.nio.file.Files

/** The catalog the binding exposes is the Rust catalog, and only names checklist operations. */
class CatalogTest {

    private data class Op(val provider: String, val operation: String, val method: String)

    private fun catalog(): List<Op> = Support.parse(catalogJson()).map {
        Op(it.get("provider").asText(), it.get("name").asText(), it.get("method").asText())
    }

    @Test
    fun `catalog is the Rust catalog and names only checklist operations`() {
        // The Rust tests check the catalog against tests/operations.json (exactly, for providers
        // marked complete) and that schema/catalog.json is regenerated from it; the binding must
        // report that same catalog, so every operation is reachable from Kotlin.
        val generated = Support.parse(Files.readString(Support.repoRoot.resolve("schema/catalog.json"))).get("operations")
        val actual = Support.parse(catalogJson())
        assertTrue(actual.size() > 0, "empty catalog")
        assertTrue(Support.jsonEquals(generated, actual), "catalog_json() differs from schema/catalog.json")
        val listed = Support.parse(Files.readString(Support.repoRoot.resolve("tests/operations.json"))).get("operations")
            .associateBy { it.get("provider").asText() to it.get("operation").asText() }
        for (op in catalog()) {
            val row = listed[op.provider to op.operation] ?: fail("${op.provider} ${op.operation} is not in tests/operations.json")
            row.get("method")?.let { assertEquals(it.asText(), op.method, "method of ${op.provider} ${op.operation}") }
        }
        println("[catalog] ${actual.size()} operations, the same as schema/catalog.json")
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
        val classes = RegistrarException::class.java.declaredClasses
            .filter { RegistrarException::class.java.isAssignableFrom(it) }.map { it.simpleName }.toSet()
        // one exception class per core kind, and no other
        assertEquals(kinds.map(Support::className).toSet(), classes)
    }
}
