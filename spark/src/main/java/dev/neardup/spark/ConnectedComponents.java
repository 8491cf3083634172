package dev.neardup.spark;

import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph given as edges, by iterative joins (hash-min label
 * propagation): every node starts with the smallest of itself and its neighbours, and each round
 * every node takes the smallest label among its neighbours', until no label changes. A component's
 * label is then its smallest node. Rounds: the largest distance from a component's smallest node, a
 * few for clusters of news versions. Nothing is collected on the driver but the change count.
 */
final class ConnectedComponents {
  private ConnectedComponents() {}

  /** Rounds between lineage cuts, so that a long run does not build an ever deeper plan. */
  private static final int ROUNDS_PER_CHECKPOINT = 5;

  /**
   * @param labels every node that has an edge, with its component's label (smallest node)
   * @param iterations rounds run
   */
  record Labels(JavaPairRDD<Integer, Integer> labels, int iterations) {}

  static Labels of(JavaPairRDD<Integer, Integer> edges, Partitioner partitioner) {
    JavaPairRDD<Integer, Integer> both =
        edges
            .flatMapToPair(e -> List.of(e, e.swap()).iterator())
            .partitionBy(partitioner)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Integer, Integer> labels =
        both.reduceByKey(partitioner, Math::min)
            .mapToPair(t -> new Tuple2<>(t._1(), Math.min(t._1(), t._2())))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    int rounds = 0;
    while (true) {
      rounds++;
      JavaPairRDD<Integer, Integer> heard =
          both.join(labels, partitioner).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
      JavaPairRDD<Integer, Integer> next =
          heard
              .union(labels)
              .reduceByKey(partitioner, Math::min)
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      if (rounds % ROUNDS_PER_CHECKPOINT == 0) {
        next.rdd().localCheckpoint();
      }
      long changed =
          next.join(labels, partitioner).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist();
      labels = next;
      if (changed == 0) {
        both.unpersist();
        return new Labels(labels, rounds);
      }
    }
  }
}
