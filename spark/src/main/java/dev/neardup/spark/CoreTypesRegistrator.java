package dev.neardup.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import dev.neardup.core.Fingerprinter;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.shingle.CommonShingles;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.PairScores;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Kryo for the shuffles of band keys and pairs (tuples of numbers, compact), Java serialization
 * for the core's and the job's records: Spark's Kryo cannot set a record's final fields, while
 * Java serialization restores records through their constructors.
 */
public final class CoreTypesRegistrator implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    Class<?>[] javaSerialized = {
        Fingerprint.class, Fingerprinter.Shingled.class, PairScores.class, Cluster.class, Cluster.Member.class,
        CommonShingles.class, ArticleFiles.Read.class, ArticleFiles.Problem.class, InputFiles.InputFile.class,
        DistributedClustering.Member.class, DistributedClustering.Member.Pair.class, JobOptions.class,
    };
    for (Class<?> type : javaSerialized) {
      kryo.register(type, new JavaSerializer());
    }
  }
}
