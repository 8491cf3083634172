package dev.neardup.spark;

import dev.neardup.core.BatchIntake;
import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Fingerprinter.Shingled;
import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.lsh.CandidateFinder;
import dev.neardup.core.lsh.PartnerCap;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.shingle.CommonShingles;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.ScoredPair;
import dev.neardup.io.InputProblem;
import dev.neardup.spark.ArticleFiles.Problem;
import dev.neardup.spark.ArticleFiles.Read;
import dev.neardup.spark.InputFiles.InputFile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * {@code neardup cluster} as Spark stages, each calling the core the CLI calls, in the CLI's order
 * ({@link Pipeline}): read and shingle per file; order by id, first copy of an id kept; common
 * shingles and boilerplate counted on the CLI's own sample of the batch (the same up to 20,000
 * articles, collected to the driver); sign; band keys of the whole and the lead signatures shuffled
 * and grouped (every pair of a bucket a candidate, no cap, as in {@link
 * dev.neardup.core.lsh.CandidateFinder}); screened candidates bounded per article as the CLI bounds
 * them ({@link NearestPartners}); each candidate verified exactly against both shingle sets ({@link
 * Pipeline#verifyCandidate}); connected components of the pairs at the threshold by iterative
 * joins; then each component clustered on one executor by {@link Pipeline#cluster}, whose linkage
 * and representatives are decided inside a component alone. The corpus never reaches the driver.
 *
 * <p>Articles are numbered in id order, as the CLI numbers them, so ties (equal lengths) fall the
 * same way.
 */
final class DistributedClustering {
  private final JavaSparkContext jsc;
  private final JobOptions options;
  private final Settings settings;
  private final int partitions;
  private final Consumer<String> timings;

  DistributedClustering(JavaSparkContext jsc, JobOptions options, Consumer<String> timings) {
    this.jsc = jsc;
    this.options = options;
    this.settings = options.settings();
    this.partitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism();
    this.timings = timings;
  }

  /**
   * The outcome.
   *
   * @param clusters every cluster, singletons included, numbered from 1 in the CLI's order (largest
   *     first, then by representative)
   * @param articles articles with words
   * @param emptyIds articles without words, in id order
   * @param problems reading problems in reading order
   * @param multi clusters of two or more
   * @param inMulti articles in them
   */
  record Result(
      JavaPairRDD<Long, Cluster> clusters,
      long articles,
      List<String> emptyIds,
      List<Problem> problems,
      long multi,
      long inMulti) {}

  Result run(List<InputFile> files) {
    Stage stage = new Stage();
    JobOptions opts = options;
    SerializableConfiguration conf = new SerializableConfiguration(jsc.hadoopConfiguration());
    JavaRDD<Tuple2<String, Object>> read =
        jsc.parallelize(files, Math.max(1, files.size()))
            .mapPartitions(it -> ArticleFiles.read(it, opts, conf))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<Problem> problems =
        new ArrayList<>(read.filter(t -> t._1() == null).map(t -> (Problem) t._2()).collect());

    // Ids in order; of repeated ids the first read is kept (equal keys share a range partition).
    JavaPairRDD<String, Read> unique =
        read.filter(t -> t._1() != null)
            .mapToPair(t -> new Tuple2<>(t._1(), (Read) t._2()))
            .sortByKey(true, partitions)
            .mapPartitionsToPair(DistributedClustering::firstOfEachId)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    problems.addAll(
        unique
            .filter(t -> t._2().shingled() == null)
            .map(t -> new Problem(t._2().position(), t._2().source(), false))
            .collect());
    JavaPairRDD<String, Read> kept = unique.filter(t -> t._2().shingled() != null);
    JavaPairRDD<Long, Tuple2<String, Shingled>> indexed =
        kept.zipWithIndex()
            .mapToPair(t -> new Tuple2<>(t._2(), new Tuple2<>(t._1()._1(), t._1()._2().shingled())))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long n = indexed.count();
    read.unpersist();
    unique.unpersist();
    problems.sort(Comparator.comparingLong(Problem::position));
    stage.done("read and shingle", n + " articles");
    if (n > Integer.MAX_VALUE) {
      throw new IllegalStateException(
          "more than " + Integer.MAX_VALUE + " articles in one batch: " + n);
    }

    CommonShingles[] found = commonShingles(indexed, (int) n);
    stage.done("common shingles", found[0].size() + " common shingles left out of signatures");

    Broadcast<CommonShingles[]> common = jsc.broadcast(found);
    JavaPairRDD<Long, Tuple2<String, Fingerprint>> signed =
        indexed
            .mapPartitionsToPair(
                it -> {
                  Fingerprinter fingerprinter = Fingerprinter.of(opts.settings());
                  CommonShingles[] c = common.value();
                  List<Tuple2<Long, Tuple2<String, Fingerprint>>> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Long, Tuple2<String, Shingled>> t = it.next();
                    out.add(
                        new Tuple2<>(
                            t._1(),
                            new Tuple2<>(
                                t._2()._1(), fingerprinter.sign(t._2()._2(), c[0], c[1]))));
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<String> emptyIds =
        signed.filter(t -> t._2()._2().isEmpty()).sortByKey().map(t -> t._2()._1()).collect();
    HashPartitioner byIndex = new HashPartitioner(partitions);
    JavaPairRDD<Integer, Tuple2<String, Fingerprint>> prints =
        signed
            .filter(t -> !t._2()._2().isEmpty())
            .mapToPair(t -> new Tuple2<>((int) (long) t._1(), t._2()))
            .partitionBy(byIndex)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long articles = prints.count();
    indexed.unpersist();
    signed.unpersist();
    stage.done("sign", articles + " with words, " + emptyIds.size() + " without");

    JavaRDD<Long> candidates = candidates(prints).persist(StorageLevel.MEMORY_AND_DISK_SER());
    long candidateCount = candidates.count();
    stage.done("band keys and candidates", candidateCount + " candidate pairs");

    JavaPairRDD<Long, PairScores> verified =
        verify(candidates, prints, byIndex).persist(StorageLevel.MEMORY_AND_DISK_SER());
    long verifiedCount = verified.count();
    candidates.unpersist();
    stage.done("verify", verifiedCount + " pairs verified");

    double threshold = settings.threshold();
    dev.neardup.core.verify.Measure measure = settings.measure();
    JavaPairRDD<Integer, Integer> edges =
        verified
            .filter(t -> measure.score(t._2()) >= threshold)
            .mapToPair(t -> new Tuple2<>((int) (t._1() >>> 32), (int) (long) t._1()));
    ConnectedComponents.Labels labels = ConnectedComponents.of(edges, byIndex);
    stage.done("components", labels.iterations() + " label iterations");

    // Kept: the sort below reads its input twice (sampling its range bounds, then shuffling).
    JavaRDD<Cluster> clusters =
        clusterComponents(labels.labels(), verified, prints, byIndex)
            .union(singletons(labels.labels(), prints))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Cluster> numbered =
        clusters
            .keyBy(c -> new Tuple2<>(c.size(), c.representative()))
            .sortByKey(new ClusterOrder(), true, partitions)
            .values()
            .zipWithIndex()
            .mapToPair(t -> new Tuple2<>(t._2() + 1, t._1()))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Tuple2<Long, Long> sizes =
        numbered
            .filter(t -> t._2().size() > 1)
            .map(t -> new Tuple2<>(1L, (long) t._2().size()))
            .fold(new Tuple2<>(0L, 0L), (x, y) -> new Tuple2<>(x._1() + y._1(), x._2() + y._2()));
    long multi = sizes._1();
    long inMulti = sizes._2();
    clusters.unpersist();
    labels.labels().unpersist();
    verified.unpersist();
    prints.unpersist();
    stage.done("cluster", multi + " clusters of two or more");
    return new Result(numbered, articles, emptyIds, problems, multi, inMulti);
  }

  /**
   * Of the records of one id (adjacent after the sort), the first read; each other becomes a {@link
   * Read} without shingles whose source holds the CLI's warning for it.
   */
  private static Iterator<Tuple2<String, Read>> firstOfEachId(
      Iterator<Tuple2<String, Read>> sorted) {
    List<Tuple2<String, Read>> out = new ArrayList<>();
    List<Read> same = new ArrayList<>();
    String id = null;
    while (true) {
      Tuple2<String, Read> t = sorted.hasNext() ? sorted.next() : null;
      if (t == null || !t._1().equals(id)) {
        if (!same.isEmpty()) {
          same.sort(Comparator.comparingLong(Read::position));
          out.add(new Tuple2<>(id, same.get(0)));
          for (Read copy : same.subList(1, same.size())) {
            InputProblem warning =
                new InputProblem(
                    InputProblem.Severity.WARNING,
                    copy.source(),
                    copy.line(),
                    "duplicate id " + id + ", this copy skipped");
            out.add(
                new Tuple2<>(
                    id, new Read(copy.position(), "warning: " + warning.render(), 0, null)));
          }
          same.clear();
        }
        if (t == null) {
          return out.iterator();
        }
        id = t._1();
      }
      same.add(t._2());
    }
  }

  /**
   * {@link CommonShingles} as the CLI finds them: counted on the articles at {@link
   * CommonShingles#sampleIndices} of the id-ordered batch (every article up to 20,000), for the
   * signatures' cut and the boilerplate cut.
   */
  private CommonShingles[] commonShingles(
      JavaPairRDD<Long, Tuple2<String, Shingled>> indexed, int n) {
    int[] sample = CommonShingles.sampleIndices(n);
    Broadcast<int[]> wanted = jsc.broadcast(sample);
    List<Tuple2<Long, int[]>> values =
        indexed
            .filter(t -> Arrays.binarySearch(wanted.value(), (int) (long) t._1()) >= 0)
            .mapToPair(t -> new Tuple2<>(t._1(), valuesOf(t._2()._2().shingles())))
            .sortByKey()
            .collect();
    List<ShingleSet> sets = new ArrayList<>(values.size());
    for (Tuple2<Long, int[]> v : values) {
      sets.add(ShingleSet.of(v._2()));
    }
    return CommonShingles.find(sets, n, settings.commonShingles(), BatchIntake.boilerplateCut(n));
  }

  private static int[] valuesOf(ShingleSet set) {
    int[] out = new int[set.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = set.get(i);
    }
    return out;
  }

  /**
   * Candidate pairs ({@code a << 32 | b}, {@code a < b}) of articles that agree on a band of their
   * whole signatures (the settings' banding) or of their lead signatures ({@link
   * Pipeline#LEAD_LSH}): each (band, key) a bucket, every pair within a bucket a candidate.
   */
  private JavaRDD<Long> candidates(JavaPairRDD<Integer, Tuple2<String, Fingerprint>> prints) {
    // Plain numbers into the closure: the core's LshParams is not serializable.
    int bands = settings.lshParams().bands();
    int rows = settings.lshParams().rows();
    int leadBands = Pipeline.LEAD_LSH.bands();
    int leadRows = Pipeline.LEAD_LSH.rows();
    // Keyed by the 64-bit band key alone, the band riding in the value (band << 32 | article): the
    // shuffle moves two longs a key, and articles meet only within their band, as in the CLI.
    JavaPairRDD<Long, Long> keys =
        prints.flatMapToPair(
            t -> {
              Fingerprint f = t._2()._2();
              List<Tuple2<Long, Long>> out = new ArrayList<>(bands + leadBands);
              addBandKeys(f.signature(), bands, rows, 0, t._1(), out);
              addBandKeys(f.lead(), leadBands, leadRows, bands, t._1(), out);
              return out.iterator();
            });
    // Repeats (pairs met in several bands) are dropped by sorting, not hashing: Long's hash of
    // a << 32 | b is a ^ b, which collides for most pairs and made Spark's hash tables crawl.
    JavaRDD<Tuple2<Long, int[]>> runs =
        keys.repartitionAndSortWithinPartitions(new HashPartitioner(partitions))
            .mapPartitions(DistributedClustering::bucketRuns);
    JavaRDD<Long> pairs =
        runs.filter(t -> t._2() == null)
            .map(Tuple2::_1)
            .union(
                oversizedRunPairs(runs.filter(t -> t._2() != null), prints, bands, rows, leadRows));
    return pairs
        .mapToPair(pair -> new Tuple2<>(pair, Boolean.TRUE))
        .repartitionAndSortWithinPartitions(new ByFirstOfPair(partitions))
        .mapPartitions(DistributedClustering::withoutRepeats);
  }

  private static Iterator<Long> withoutRepeats(Iterator<Tuple2<Long, Boolean>> sorted) {
    List<Long> out = new ArrayList<>();
    long last = 0;
    while (sorted.hasNext()) {
      long pair = sorted.next()._1();
      if (out.isEmpty() || pair != last) {
        out.add(pair);
      }
      last = pair;
    }
    return out.iterator();
  }

  /** Places a pair {@code a << 32 | b} where {@link HashPartitioner} places article a. */
  static final class ByFirstOfPair extends org.apache.spark.Partitioner {
    @java.io.Serial private static final long serialVersionUID = 1L;
    private final int partitions;

    ByFirstOfPair(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod((int) ((Long) key >>> 32), partitions);
    }
  }

  private static void addBandKeys(
      Signature signature,
      int bands,
      int rows,
      int firstBand,
      int article,
      List<Tuple2<Long, Long>> out) {
    for (int band = 0; band < bands; band++) {
      out.add(
          new Tuple2<>(
              signature.bandKey(band * rows, band * rows + rows),
              (long) (firstBand + band) << 32 | article));
    }
  }

  /**
   * The runs of equal keys within one band, from keys sorted within their partition: every pair of
   * a run as (pair, null), or, for a run over {@link CandidateFinder}'s bound (2 × {@value
   * CandidateFinder#MAX_RUN_NEIGHBOURS} + 1 articles), the run itself as (band, members), to be
   * paired as the CLI pairs it once its members' signatures are at hand.
   */
  private static Iterator<Tuple2<Long, int[]>> bucketRuns(Iterator<Tuple2<Long, Long>> sorted) {
    List<Tuple2<Long, int[]>> out = new ArrayList<>();
    long[] run = new long[16];
    int size = 0;
    long key = 0;
    while (true) {
      Tuple2<Long, Long> t = sorted.hasNext() ? sorted.next() : null;
      if (t == null || t._1() != key) {
        // Sorted by band, then article: each band's run is contiguous, its articles ascending.
        Arrays.sort(run, 0, size);
        for (int from = 0, to; from < size; from = to) {
          to = from + 1;
          while (to < size && (run[to] >>> 32) == (run[from] >>> 32)) {
            to++;
          }
          if (to - from > 2 * CandidateFinder.MAX_RUN_NEIGHBOURS + 1) {
            int[] members = new int[to - from];
            for (int i = from; i < to; i++) {
              members[i - from] = (int) run[i];
            }
            out.add(new Tuple2<>(run[from] >>> 32, members));
            continue;
          }
          for (int p = from; p < to; p++) {
            for (int q = p + 1; q < to; q++) {
              out.add(new Tuple2<>((run[p] << 32) | (run[q] & 0xFFFFFFFFL), null));
            }
          }
        }
        if (t == null) {
          return out.iterator();
        }
        size = 0;
        key = t._1();
      }
      if (size == run.length) {
        run = Arrays.copyOf(run, size * 2);
      }
      run[size++] = t._2();
    }
  }

  /**
   * The pairs of oversized runs, as {@link CandidateFinder} makes them: the members in {@link
   * CandidateFinder#bySignature} order from the row after the band (of the whole or the lead
   * signature), each paired with its next {@value CandidateFinder#MAX_RUN_NEIGHBOURS}. Such runs
   * are rare (recurring sentences); their members' signatures are fetched by a join.
   */
  private JavaRDD<Long> oversizedRunPairs(
      JavaRDD<Tuple2<Long, int[]>> runs,
      JavaPairRDD<Integer, Tuple2<String, Fingerprint>> prints,
      int bands,
      int rows,
      int leadRows) {
    JavaPairRDD<Long, Tuple2<Long, int[]>> numbered =
        runs.zipWithUniqueId().mapToPair(t -> new Tuple2<>(t._2(), t._1()));
    JavaPairRDD<Integer, Tuple2<Long, Long>> memberOf =
        numbered.flatMapToPair(
            t -> {
              List<Tuple2<Integer, Tuple2<Long, Long>>> out = new ArrayList<>();
              for (int m : t._2()._2()) {
                out.add(new Tuple2<>(m, new Tuple2<>(t._1(), t._2()._1())));
              }
              return out.iterator();
            });
    return memberOf
        .join(prints)
        .mapToPair(
            t -> {
              long band = t._2()._1()._2();
              Fingerprint f = t._2()._2()._2();
              int[] values = band < bands ? f.signature().shared() : f.lead().shared();
              return new Tuple2<>(
                  t._2()._1()._1(), new Tuple2<>(new Tuple2<>(t._1(), band), values));
            })
        .groupByKey()
        .flatMap(
            run -> {
              List<Tuple2<Tuple2<Integer, Long>, int[]>> members = new ArrayList<>();
              run._2().forEach(members::add);
              long band = members.get(0)._1()._2();
              int from =
                  band < bands ? (int) (band + 1) * rows : (int) (band - bands + 1) * leadRows;
              members.sort(
                  (x, y) ->
                      CandidateFinder.bySignature(x._2(), y._2(), from, x._1()._1(), y._1()._1()));
              List<Long> pairs = new ArrayList<>();
              for (int p = 0; p < members.size(); p++) {
                for (int q = p + 1;
                    q < members.size() && q <= p + CandidateFinder.MAX_RUN_NEIGHBOURS;
                    q++) {
                  int a = Math.min(members.get(p)._1()._1(), members.get(q)._1()._1());
                  int b = Math.max(members.get(p)._1()._1(), members.get(q)._1()._1());
                  pairs.add((long) a << 32 | b);
                }
              }
              return pairs.iterator();
            });
  }

  /**
   * Exact scores of the candidates that pass the CLI's screen and can reach the threshold. The
   * screen needs only the signatures, so candidates meet those first (A's where A lives, carried to
   * B's partition); the shingle sets travel only for the pairs that pass, in the same two steps.
   */
  private JavaPairRDD<Long, PairScores> verify(
      JavaRDD<Long> candidates,
      JavaPairRDD<Integer, Tuple2<String, Fingerprint>> prints,
      HashPartitioner byIndex) {
    double threshold = settings.threshold();
    dev.neardup.core.verify.Measure measure = settings.measure();
    JavaPairRDD<Integer, Tuple2<int[], Integer>> sketches =
        prints.mapValues(p -> new Tuple2<>(p._2().signature().values(), p._2().signedCount()));
    JavaPairRDD<Long, Float> screened =
        candidates
            .mapToPair(c -> new Tuple2<>((int) (c >>> 32), (int) (long) c))
            .join(sketches, byIndex)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .join(sketches, byIndex)
            .flatMapToPair(
                t -> {
                  Signature a = new Signature(t._2()._1()._2()._1());
                  int signedA = t._2()._1()._2()._2();
                  Signature b = new Signature(t._2()._2()._1());
                  int signedB = t._2()._2()._2();
                  float estimate = Pipeline.screenedEstimate(a, signedA, b, signedB, threshold);
                  if (estimate < 0) {
                    return java.util.Collections.emptyIterator();
                  }
                  long pair = (long) t._2()._1()._1() << 32 | t._1();
                  return List.of(new Tuple2<>(pair, estimate)).iterator();
                });
    // The CLI's bound on partners per article (PartnerCap), after its screen.
    JavaPairRDD<Integer, Integer> plausible =
        NearestPartners.of(screened, PartnerCap.DEFAULT_LIMIT);
    return plausible
        .join(prints, byIndex)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()._2())))
        .join(prints, byIndex)
        .flatMapToPair(
            t -> {
              int a = t._2()._1()._1();
              int b = t._1();
              PairScores scores =
                  Pipeline.verifyCandidate(t._2()._1()._2(), t._2()._2()._2(), threshold, measure);
              return scores == null
                  ? java.util.Collections.emptyIterator()
                  : List.of(new Tuple2<>((long) a << 32 | b, scores)).iterator();
            });
  }

  /**
   * Each component's clusters, by {@link Pipeline#cluster} on the component alone: its articles in
   * id order and the verified pairs among them.
   */
  private JavaRDD<Cluster> clusterComponents(
      JavaPairRDD<Integer, Integer> labels,
      JavaPairRDD<Long, PairScores> verified,
      JavaPairRDD<Integer, Tuple2<String, Fingerprint>> prints,
      HashPartitioner byIndex) {
    JavaPairRDD<Integer, Tuple2<Integer, Tuple2<Integer, PairScores>>> pairsByA =
        verified
            .mapToPair(
                t -> new Tuple2<>((int) (t._1() >>> 32), new Tuple2<>((int) (long) t._1(), t._2())))
            .join(labels, byIndex)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1()._1(),
                        new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1()._2()))));
    JavaPairRDD<Integer, Member.Pair> pairs =
        pairsByA
            .join(labels, byIndex)
            .filter(t -> t._2()._1()._1().equals(t._2()._2()))
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._2(),
                        new Member.Pair(t._2()._1()._2()._1(), t._1(), t._2()._1()._2()._2())));
    JavaPairRDD<Integer, Member> members =
        labels
            .join(prints)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1(), new Member(t._1(), t._2()._2()._1(), t._2()._2()._2())));
    JobOptions opts = options;
    // Settings once per partition: working out their banding is a search, far dearer than a
    // component.
    return members
        .cogroup(pairs, partitions)
        .mapPartitions(
            components -> {
              Settings s = opts.settings();
              Pipeline pipeline = new Pipeline(1);
              List<Cluster> out = new ArrayList<>();
              while (components.hasNext()) {
                out.addAll(clusterComponent(components.next()._2(), s, pipeline));
              }
              return out.iterator();
            });
  }

  private static List<Cluster> clusterComponent(
      Tuple2<Iterable<Member>, Iterable<Member.Pair>> component,
      Settings settings,
      Pipeline pipeline) {
    List<Member> list = new ArrayList<>();
    component._1().forEach(list::add);
    list.sort(Comparator.comparingInt(Member::index));
    int[] global = list.stream().mapToInt(Member::index).toArray();
    List<Member.Pair> among = new ArrayList<>();
    component._2().forEach(among::add);
    among.sort(Comparator.comparingInt(Member.Pair::a).thenComparingInt(Member.Pair::b));
    List<ScoredPair> local = new ArrayList<>(among.size());
    for (Member.Pair p : among) {
      local.add(
          new ScoredPair(
              Arrays.binarySearch(global, p.a()), Arrays.binarySearch(global, p.b()), p.scores()));
    }
    Pipeline.Corpus corpus =
        new Pipeline.Corpus(
            settings,
            list.stream().map(Member::id).toList(),
            list.stream().map(Member::print).toList(),
            List.of(),
            0);
    return pipeline.cluster(corpus, local, settings).clusters();
  }

  /**
   * Articles in no pair at the threshold: each its own cluster, as {@link Pipeline#cluster} makes
   * it.
   */
  private JavaRDD<Cluster> singletons(
      JavaPairRDD<Integer, Integer> labels,
      JavaPairRDD<Integer, Tuple2<String, Fingerprint>> prints) {
    JobOptions opts = options;
    return prints
        .subtractByKey(labels)
        .mapPartitions(
            it -> {
              Settings s = opts.settings();
              Pipeline pipeline = new Pipeline(1);
              List<Cluster> out = new ArrayList<>();
              while (it.hasNext()) {
                Tuple2<String, Fingerprint> article = it.next()._2();
                Pipeline.Corpus alone =
                    new Pipeline.Corpus(
                        s, List.of(article._1()), List.of(article._2()), List.of(), 0);
                out.addAll(pipeline.cluster(alone, List.of(), s).clusters());
              }
              return out.iterator();
            });
  }

  /** An article of a component, with its global index (id order). */
  record Member(int index, String id, Fingerprint print) implements Serializable {
    /** A verified pair of a component, global indices, {@code a < b}. */
    record Pair(int a, int b, PairScores scores) implements Serializable {}
  }

  /** The CLI's cluster order on (size, representative): largest first, then by representative. */
  static final class ClusterOrder implements Comparator<Tuple2<Integer, String>>, Serializable {
    @java.io.Serial private static final long serialVersionUID = 1L;

    @Override
    public int compare(Tuple2<Integer, String> x, Tuple2<Integer, String> y) {
      int bySize = Integer.compare(y._1(), x._1());
      return bySize != 0 ? bySize : x._2().compareTo(y._2());
    }
  }

  /** Wall time of each stage, reported as it ends. */
  private final class Stage {
    private long start = System.nanoTime();

    void done(String name, String what) {
      long now = System.nanoTime();
      timings.accept(
          String.format(Locale.ROOT, "timings: %s %.2f s (%s)", name, (now - start) / 1e9, what));
      start = now;
    }
  }
}
