package dev.neardup.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.PairScores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/** The job's Kryo serializers give back values that score and print as the originals. */
class CoreTypesRegistratorTest {
  private static final Path SAMPLES = Path.of(System.getProperty("neardup.samples", "../samples"));

  private final SerializerInstance kryo =
      new KryoSerializer(ClusterJob.configured(new SparkConf())).newInstance();

  private <T> T roundTrip(T value, Class<T> type) {
    ClassTag<T> tag = ClassTag$.MODULE$.apply(type);
    return kryo.deserialize(kryo.serialize(value, tag), tag);
  }

  @Test
  void fingerprintsComeBackScoringExactlyAsBefore() throws Exception {
    Fingerprinter fingerprinter = Fingerprinter.of(Settings.DEFAULTS);
    Fingerprint a =
        fingerprinter.fingerprint(
            new Article(
                "a",
                Files.readString(SAMPLES.resolve("000_c39e206ea61dc4e4.txt")),
                1_700_000_000L));
    Fingerprint b =
        fingerprinter.fingerprint(
            new Article("b", Files.readString(SAMPLES.resolve("001_d3e627cf6393b863.txt"))));
    Fingerprint a2 = roundTrip(a, Fingerprint.class);
    Fingerprint b2 = roundTrip(b, Fingerprint.class);
    assertEquals(PairScores.of(a, b), PairScores.of(a2, b2));
    assertArrayEquals(a.signature().values(), a2.signature().values());
    assertArrayEquals(a.lead().values(), a2.lead().values());
    assertEquals(a.time(), a2.time());
    assertEquals(a.signedCount(), a2.signedCount());
    assertEquals(a.shingles().occurrences(), a2.shingles().occurrences());
  }

  @Test
  void scoresAndClustersComeBackEqual() throws Exception {
    Fingerprinter fingerprinter = Fingerprinter.of(Settings.DEFAULTS);
    Fingerprint a =
        fingerprinter.fingerprint(Files.readString(SAMPLES.resolve("000_c39e206ea61dc4e4.txt")));
    Fingerprint b =
        fingerprinter.fingerprint(Files.readString(SAMPLES.resolve("002_bf0147ec658fde9e.txt")));
    PairScores scores = PairScores.of(a, b);
    assertEquals(scores, roundTrip(scores, PairScores.class));
    PairScores plain = new PairScores(3, 5, 7);
    assertEquals(plain, roundTrip(plain, PairScores.class));
    Cluster cluster =
        new Cluster(
            "x",
            List.of(
                new Cluster.Member("x", 10, new PairScores(4, 4, 4)),
                new Cluster.Member("y", 8, scores)));
    assertEquals(cluster, roundTrip(cluster, Cluster.class));
  }
}
