package dev.registrarkit

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.databind.node.NumericNode
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.util.Base64
import kotlin.streams.toList

/** Helpers shared by the test classes. */
object Support {
    val mapper = ObjectMapper()

    /** The repository root (`-Dregistrar.repoRoot`, set by the pom). */
    val repoRoot: Path = Paths.get(
        System.getProperty("registrar.repoRoot") ?: error("system property registrar.repoRoot is not set"),
    ).toAbsolutePath().normalize()

    val vectorsDir: Path = repoRoot.resolve("tests/vectors")

    /** Every `case.json` under tests/vectors, sorted. */
    fun caseFiles(): List<Path> =
        if (!Files.isDirectory(vectorsDir)) emptyList()
        else Files.walk(vectorsDir).use { s ->
            s.filter { Files.isRegularFile(it) && it.fileName.toString() == "case.json" }.sorted().toList()
        }

    fun parse(text: String): JsonNode = mapper.readTree(text)

    fun text(node: JsonNode): String = mapper.writeValueAsString(node)

    /** Deep JSON equality; numbers compare by value (1 == 1.0). */
    fun jsonEquals(a: JsonNode?, b: JsonNode?): Boolean {
        if (a == null || b == null) return a == b
        return a.equals({ x, y ->
            if (x is NumericNode && y is NumericNode) x.decimalValue().compareTo(y.decimalValue())
            else if (x == y) 0 else 1
        }, b)
    }

    /** A body as the vectors write it: text, or `{"base64": "…"}`. */
    fun body(node: JsonNode?): ByteArray = when {
        node == null || node.isNull -> ByteArray(0)
        node.isTextual -> node.asText().toByteArray(Charsets.UTF_8)
        node.isObject && node.has("base64") -> Base64.getDecoder().decode(node.get("base64").asText())
        else -> throw IllegalArgumentException("a body is text or {\"base64\": …}, not $node")
    }

    fun headers(node: JsonNode?): List<Header> =
        node?.map { pair -> Header(pair.get(0).asText(), pair.get(1).asText()) } ?: emptyList()

    /** The kind's Kotlin class name: `not_found` → `NotFound`. */
    fun className(kind: String): String =
        kind.split('_').joinToString("") { p -> p.replaceFirstChar { it.uppercase() } }
}
