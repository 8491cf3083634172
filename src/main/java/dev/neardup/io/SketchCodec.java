package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.neardup.core.FingerprintSpec;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.shingle.ShingleLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sketch file format: JSON Lines, one article per line, written by {@code neardup sketch} and
 * read back by {@code neardup cluster --signatures}:
 *
 * <pre>{"id":"a1","tokens":412,"shingles":405,"permutations":128,"seed":1,"shingle":"word:5",
 *  "normalizer":1,"minhash":3,"signature":"AAECAw…"}</pre>
 *
 * <p>{@code signature} is either the base64 (RFC 4648, with padding) of the values as little-endian
 * 32-bit integers, 4 × permutations bytes, or a JSON array of the values as signed 32-bit integers;
 * either way only equality between values at the same position matters. {@code minhash} is the
 * signature algorithm's version ({@code MinHasher.ALGORITHM_VERSION}; files without it were made
 * with version 1). Lines must agree on permutations, seed, shingle, normalizer and minhash;
 * signatures are only comparable when they do.
 */
public final class SketchCodec {

  /** How the signature is spelled. */
  public enum SignatureFormat {
    /** Base64 of little-endian int32 values. */
    BASE64,
    /** A JSON array of signed int32 values. */
    INTS
  }

  /** The sketches of a file and what they were made with (null when the file holds none). */
  public record Contents(List<Sketch> sketches, FingerprintSpec made) {}

  private SketchCodec() {}

  /** Writes one sketch as one line. */
  public static void write(
      Sketch sketch, FingerprintSpec made, SignatureFormat format, Writer out) {
    try {
      try (JsonGenerator g = JsonOutput.generator(out)) {
        g.writeStartObject();
        g.writeStringField("id", sketch.id());
        g.writeNumberField("tokens", sketch.tokenCount());
        g.writeNumberField("shingles", sketch.shingleCount());
        g.writeNumberField("permutations", made.permutations());
        g.writeNumberField("seed", made.seed());
        g.writeStringField("shingle", made.shingling());
        g.writeNumberField("normalizer", made.normalizerVersion());
        g.writeNumberField("minhash", made.minhashVersion());
        g.writeFieldName("signature");
        Signature s = sketch.signature();
        if (format == SignatureFormat.BASE64) {
          g.writeString(encode(s));
        } else {
          g.writeStartArray();
          for (int i = 0; i < s.length(); i++) {
            g.writeNumber(s.value(i));
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Base64 of the values as little-endian int32s. */
  public static String encode(Signature s) {
    return Base64.getEncoder().encodeToString(s.toBytes());
  }

  /**
   * Reads a whole sketch file.
   *
   * @throws SideInputException naming the file and line of the first bad record, a repeated id,
   *     lines made with different settings, or a missing file
   */
  public static Contents read(Path file) {
    List<Sketch> sketches = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    FingerprintSpec[] made = new FingerprintSpec[1];
    JsonLinesFile.forEach(
        file,
        "signatures",
        (where, node) -> {
          for (String field :
              List.of("id", "tokens", "shingles", "permutations", "seed", "shingle", "signature")) {
            if (!node.hasNonNull(field)) {
              throw new IllegalArgumentException(where + "missing field \"" + field + "\"");
            }
          }
          FingerprintSpec lineMade;
          try {
            // files name their sampling since sampling existed; older ones kept every shingle
            ShingleLabel shingle = ShingleLabel.parse(node.get("shingle").asText());
            lineMade =
                new FingerprintSpec(
                    shingle.kind(),
                    shingle.size(),
                    shingle.samplingOr(1),
                    node.get("permutations").asInt(),
                    node.get("seed").asLong(),
                    node.path("normalizer").asInt(1),
                    node.path("minhash").asInt(1));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage());
          }
          if (made[0] == null) {
            made[0] = lineMade;
          } else if (!made[0].equals(lineMade)) {
            throw new IllegalArgumentException(
                where
                    + "made with "
                    + lineMade.describe()
                    + ", earlier lines with "
                    + made[0].describe());
          }
          Signature signature = decode(node.get("signature"), made[0].permutations(), where);
          String id = node.get("id").asText();
          if (!ids.add(id)) {
            throw new IllegalArgumentException(where + "id " + id + " repeated");
          }
          try {
            sketches.add(
                new Sketch(
                    id, node.get("tokens").asInt(), node.get("shingles").asInt(), signature));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage());
          }
        });
    return new Contents(sketches, made[0]);
  }

  private static Signature decode(JsonNode node, int permutations, String where) {
    if (permutations < 1 || permutations > 4096) {
      throw new IllegalArgumentException(
          where + "permutations must be in [1, 4096]: " + permutations);
    }
    int[] values = new int[permutations];
    if (node.isTextual()) {
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(node.asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "signature is not valid base64");
      }
      if (bytes.length != 4 * permutations) {
        throw new IllegalArgumentException(
            where + "signature has " + bytes.length + " bytes, expected " + 4 * permutations);
      }
      return Signature.fromBytes(bytes);
    } else if (node.isArray()) {
      if (node.size() != permutations) {
        throw new IllegalArgumentException(
            where + "signature has " + node.size() + " values, expected " + permutations);
      }
      for (int i = 0; i < permutations; i++) {
        JsonNode v = node.get(i);
        if (!v.canConvertToInt()
            && !(v.isIntegralNumber() && v.asLong() >= 0 && v.asLong() <= 0xFFFFFFFFL)) {
          throw new IllegalArgumentException(
              where + "signature value " + v + " is not a 32-bit integer");
        }
        values[i] = (int) v.asLong();
      }
    } else {
      throw new IllegalArgumentException(
          where + "signature is neither a base64 string nor an array");
    }
    return new Signature(values);
  }
}
