package dev.neardup.spark;

import dev.neardup.core.lsh.PartnerCap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * {@link PartnerCap#nearest} on an RDD: each screened candidate is offered to both its articles,
 * each article keeps its {@code limit} largest {@link PartnerCap#rank} keys, and a pair stays when
 * either of its articles keeps it, so the job verifies the very pairs the CLI verifies.
 */
final class NearestPartners {
  private NearestPartners() {}

  /**
   * The pairs of {@code scored} (each {@code (long) a << 32 | b} with its {@link
   * dev.neardup.core.Pipeline#screenedEstimate}) among the {@code limit} nearest partners of {@code
   * a} or of {@code b}, as (a, b).
   */
  static JavaPairRDD<Integer, Integer> of(JavaPairRDD<Long, Float> scored, int limit) {
    return scored
        .flatMapToPair(
            t -> {
              int a = (int) (t._1() >>> 32);
              int b = (int) (long) t._1();
              return List.of(
                      new Tuple2<>(a, PartnerCap.rank(t._2(), b)),
                      new Tuple2<>(b, PartnerCap.rank(t._2(), a)))
                  .iterator();
            })
        .aggregateByKey(
            new long[0],
            (kept, key) -> largest(kept, new long[] {key}, limit),
            (x, y) -> largest(x, y, limit))
        .flatMapToPair(
            t -> {
              List<Tuple2<Long, Boolean>> pairs = new ArrayList<>(t._2().length);
              for (long key : t._2()) {
                int partner = Integer.MAX_VALUE - (int) key;
                int a = Math.min(t._1(), partner);
                int b = Math.max(t._1(), partner);
                pairs.add(new Tuple2<>((long) a << 32 | b, true));
              }
              return pairs.iterator();
            })
        .reduceByKey((x, y) -> x)
        .mapToPair(t -> new Tuple2<>((int) (t._1() >>> 32), (int) (long) t._1()));
  }

  /** The {@code limit} largest keys of two arrays, ascending. */
  private static long[] largest(long[] x, long[] y, int limit) {
    long[] both = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, both, x.length, y.length);
    Arrays.sort(both);
    return both.length <= limit ? both : Arrays.copyOfRange(both, both.length - limit, both.length);
  }
}
