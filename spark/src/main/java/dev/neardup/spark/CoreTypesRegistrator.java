package dev.neardup.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import dev.neardup.core.Fingerprinter;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.shingle.CommonShingles;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.verify.Figures;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.PassageOverlap;
import dev.neardup.core.verify.StoryEvidence;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * How the job's values cross the shuffles. Kryo cannot set a record's final fields, so each record
 * that travels often (fingerprints, shingled articles, scores, clusters) is written field by field
 * through its accessors and rebuilt through its canonical constructor; the core's final classes
 * (shingle sets, figures) go by Kryo's field serializer. (Java serialization, tried first, wrote
 * every object's class descriptors anew and was most of the verification time.) Rare values
 * (options, files, problems, the broadcast common shingles) go by Java serialization.
 */
public final class CoreTypesRegistrator implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.register(ShingleSet.class);
    kryo.register(Figures.class);
    kryo.register(
        Signature.class,
        new Serializer<Signature>() {
          @Override
          public void write(Kryo k, Output out, Signature s) {
            out.writeInt(s.length(), true);
            out.writeInts(s.values());
          }

          @Override
          public Signature read(Kryo k, Input in, Class<Signature> type) {
            return new Signature(in.readInts(in.readInt(true)));
          }
        });
    kryo.register(
        Fingerprint.class,
        new Serializer<Fingerprint>() {
          @Override
          public void write(Kryo k, Output out, Fingerprint f) {
            out.writeInt(f.tokenCount());
            k.writeObject(out, f.shingles());
            k.writeObject(out, f.signature());
            out.writeInt(f.signedCount());
            k.writeObject(out, f.lead());
            k.writeObject(out, f.figures());
            out.writeLong(f.time());
          }

          @Override
          public Fingerprint read(Kryo k, Input in, Class<Fingerprint> type) {
            return new Fingerprint(
                in.readInt(),
                k.readObject(in, ShingleSet.class),
                k.readObject(in, Signature.class),
                in.readInt(),
                k.readObject(in, Signature.class),
                k.readObject(in, Figures.class),
                in.readLong());
          }
        });
    kryo.register(
        Fingerprinter.Shingled.class,
        new Serializer<Fingerprinter.Shingled>() {
          @Override
          public void write(Kryo k, Output out, Fingerprinter.Shingled s) {
            out.writeInt(s.tokenCount());
            k.writeObject(out, s.shingles());
            k.writeObject(out, s.figures());
            out.writeLong(s.time());
          }

          @Override
          public Fingerprinter.Shingled read(Kryo k, Input in, Class<Fingerprinter.Shingled> type) {
            return new Fingerprinter.Shingled(
                in.readInt(),
                k.readObject(in, ShingleSet.class),
                k.readObject(in, Figures.class),
                in.readLong());
          }
        });
    kryo.register(
        PairScores.class,
        new Serializer<PairScores>() {
          @Override
          public void write(Kryo k, Output out, PairScores s) {
            out.writeInt(s.intersection());
            out.writeInt(s.sizeA());
            out.writeInt(s.sizeB());
            PassageOverlap p = s.passages();
            out.writeBoolean(p != null);
            if (p != null) {
              for (int v :
                  new int[] {
                    p.coveredA(),
                    p.occurrencesA(),
                    p.firstA(),
                    p.coveredB(),
                    p.occurrencesB(),
                    p.firstB(),
                    p.quotedA(),
                    p.quotedB()
                  }) {
                out.writeInt(v);
              }
            }
            StoryEvidence e = s.evidence();
            out.writeBoolean(e != null);
            if (e != null) {
              out.writeBoolean(e.figures() != null);
              if (e.figures() != null) {
                out.writeInt(e.figures().conflicts());
                out.writeInt(e.figures().agreements());
                out.writeInt(e.figures().datelineDaysApart());
              }
              out.writeDouble(e.hoursApart());
            }
          }

          @Override
          public PairScores read(Kryo k, Input in, Class<PairScores> type) {
            int intersection = in.readInt();
            int sizeA = in.readInt();
            int sizeB = in.readInt();
            PassageOverlap p =
                in.readBoolean()
                    ? new PassageOverlap(
                        in.readInt(),
                        in.readInt(),
                        in.readInt(),
                        in.readInt(),
                        in.readInt(),
                        in.readInt(),
                        in.readInt(),
                        in.readInt())
                    : null;
            StoryEvidence e = null;
            if (in.readBoolean()) {
              Figures.Comparison figures =
                  in.readBoolean()
                      ? new Figures.Comparison(in.readInt(), in.readInt(), in.readInt())
                      : null;
              e = new StoryEvidence(figures, in.readDouble());
            }
            return new PairScores(intersection, sizeA, sizeB, p, e);
          }
        });
    kryo.register(
        Cluster.class,
        new Serializer<Cluster>() {
          @Override
          public void write(Kryo k, Output out, Cluster c) {
            out.writeString(c.representative());
            out.writeInt(c.members().size(), true);
            for (Cluster.Member m : c.members()) {
              out.writeString(m.id());
              out.writeInt(m.tokens());
              k.writeObject(out, m.scores());
              out.writeBoolean(m.via() != null);
              if (m.via() != null) {
                out.writeString(m.via().id());
                out.writeDouble(m.via().score());
              }
            }
          }

          @Override
          public Cluster read(Kryo k, Input in, Class<Cluster> type) {
            String representative = in.readString();
            int n = in.readInt(true);
            List<Cluster.Member> members = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              String id = in.readString();
              int tokens = in.readInt();
              PairScores scores = k.readObject(in, PairScores.class);
              Cluster.Link via =
                  in.readBoolean() ? new Cluster.Link(in.readString(), in.readDouble()) : null;
              members.add(new Cluster.Member(id, tokens, scores, via));
            }
            return new Cluster(representative, members);
          }
        });
    kryo.register(
        ArticleFiles.Read.class,
        new Serializer<ArticleFiles.Read>() {
          @Override
          public void write(Kryo k, Output out, ArticleFiles.Read r) {
            out.writeLong(r.position());
            out.writeString(r.source());
            out.writeLong(r.line());
            k.writeObjectOrNull(out, r.shingled(), Fingerprinter.Shingled.class);
          }

          @Override
          public ArticleFiles.Read read(Kryo k, Input in, Class<ArticleFiles.Read> type) {
            return new ArticleFiles.Read(
                in.readLong(),
                in.readString(),
                in.readLong(),
                k.readObjectOrNull(in, Fingerprinter.Shingled.class));
          }
        });
    kryo.register(
        DistributedClustering.Member.class,
        new Serializer<DistributedClustering.Member>() {
          @Override
          public void write(Kryo k, Output out, DistributedClustering.Member m) {
            out.writeInt(m.index());
            out.writeString(m.id());
            k.writeObject(out, m.print());
          }

          @Override
          public DistributedClustering.Member read(
              Kryo k, Input in, Class<DistributedClustering.Member> type) {
            return new DistributedClustering.Member(
                in.readInt(), in.readString(), k.readObject(in, Fingerprint.class));
          }
        });
    kryo.register(
        DistributedClustering.Member.Pair.class,
        new Serializer<DistributedClustering.Member.Pair>() {
          @Override
          public void write(Kryo k, Output out, DistributedClustering.Member.Pair p) {
            out.writeInt(p.a());
            out.writeInt(p.b());
            k.writeObject(out, p.scores());
          }

          @Override
          public DistributedClustering.Member.Pair read(
              Kryo k, Input in, Class<DistributedClustering.Member.Pair> type) {
            return new DistributedClustering.Member.Pair(
                in.readInt(), in.readInt(), k.readObject(in, PairScores.class));
          }
        });
    for (Class<?> rare :
        new Class<?>[] {
          CommonShingles.class,
          ArticleFiles.Problem.class,
          InputFiles.InputFile.class,
          JobOptions.class
        }) {
      kryo.register(rare, new JavaSerializer());
    }
  }
}
