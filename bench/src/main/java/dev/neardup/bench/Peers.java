package dev.neardup.bench;

import dev.neardup.core.shingle.ShingleSet;
import info.debatty.java.lsh.MinHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two peer MinHash implementations, driven the way their authors intend, so that benchmarks and
 * the accuracy check use exactly the same code.
 *
 * <ul>
 *   <li><b>java-lsh</b> ({@code info.debatty:java-lsh:0.12}) signs a {@code Set<Integer>}; it has
 *       no text pipeline, so it gets neardup's 32-bit shingle values folded to 31 bits (its hash
 *       family works modulo 2^31 - 1, so inputs belong in [0, 2^31 - 1)).
 *   <li><b>Lucene</b> {@code MinHashFilter} (lucene-analysis-common 9.12.3) signs a token stream,
 *       configured as a classic k-permutation signature: {@code hashCount = k}, one bucket, one
 *       value per bucket, no rotation. It runs either on neardup's 32-bit shingle values written as
 *       16 hex characters, eight of them leading zeros ("same shingles"), or in its natural chain
 *       StandardTokenizer → LowerCaseFilter → ShingleFilter(5, 5) → MinHashFilter on the raw text
 *       ("natural pipeline").
 * </ul>
 *
 * <p>Not thread-safe: the Lucene chains are reused, as Lucene's analyzers reuse them per thread.
 */
public final class Peers {
  private Peers() {}

  /**
   * java-lsh's input: the top 31 bits of each 32-bit shingle value as a non-negative int (its
   * universal hashing works modulo a 31-bit prime).
   */
  public static Set<Integer> javaLshSet(ShingleSet shingles) {
    Set<Integer> set = new HashSet<>(shingles.size() * 2);
    for (int i = 0; i < shingles.size(); i++) {
      set.add(shingles.get(i) >>> 1);
    }
    return set;
  }

  /** A java-lsh MinHash of {@code permutations} functions over the whole 31-bit domain. */
  public static MinHash javaLsh(int permutations, long seed) {
    return new MinHash(permutations, Integer.MAX_VALUE, seed);
  }

  /**
   * Lucene's input in the same-shingles mode: each 32-bit shingle value as 16 lowercase hex chars.
   */
  public static char[][] luceneTerms(ShingleSet shingles) {
    char[][] terms = new char[shingles.size()][];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = String.format("%016x", shingles.get(i)).toCharArray();
    }
    return terms;
  }

  /** Fraction of positions where two signatures agree: every tool's Jaccard estimate. */
  public static double agreement(long[] a, long[] b) {
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  /** Lucene MinHashFilter over precomputed terms; reusable. */
  public static final class LuceneTermsSigner {
    private final Terms source = new Terms();
    private final MinHashFilter filter;
    private final CharTermAttribute out;
    private final int permutations;

    public LuceneTermsSigner(int permutations) {
      this.permutations = permutations;
      this.filter = new MinHashFilter(source, permutations, 1, 1, false);
      this.out = filter.addAttribute(CharTermAttribute.class);
    }

    /** The signature: one value per hash function, each the min-hash token folded to 64 bits. */
    public long[] sign(char[][] terms) {
      source.terms = terms;
      try {
        long[] sig = drain(filter, out, permutations);
        filter.close();
        return sig;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Lucene's own analysis chain ending in MinHashFilter; reusable. */
  public static final class LuceneNaturalSigner {
    private final Analyzer analyzer;
    private final int permutations;

    public LuceneNaturalSigner(int permutations, boolean minHash) {
      this.permutations = permutations;
      this.analyzer =
          new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
              Tokenizer tokenizer = new StandardTokenizer();
              ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(tokenizer), 5, 5);
              shingles.setOutputUnigrams(false);
              shingles.setOutputUnigramsIfNoShingles(true);
              return new TokenStreamComponents(
                  tokenizer,
                  minHash ? new MinHashFilter(shingles, permutations, 1, 1, false) : shingles);
            }
          };
    }

    /** The signature of {@code text} (when built with {@code minHash}). */
    public long[] sign(String text) {
      try (TokenStream ts = analyzer.tokenStream("body", text)) {
        CharTermAttribute out = ts.addAttribute(CharTermAttribute.class);
        return drain(ts, out, permutations);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The distinct shingle strings of {@code text} (when built without {@code minHash}). */
    public Set<String> shingles(String text) {
      Set<String> set = new HashSet<>();
      try (TokenStream ts = analyzer.tokenStream("body", text)) {
        CharTermAttribute out = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          set.add(out.toString());
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return set;
    }
  }

  private static long[] drain(TokenStream ts, CharTermAttribute out, int permutations)
      throws IOException {
    long[] sig = new long[permutations];
    int k = 0;
    ts.reset();
    while (ts.incrementToken()) {
      char[] buf = out.buffer();
      long h = 0;
      for (int i = 0, n = out.length(); i < n; i++) {
        h = h * 0x100000001b3L + buf[i];
      }
      if (k < permutations) {
        sig[k] = h;
      }
      k++;
    }
    ts.end();
    if (k != permutations && k != 0) {
      throw new IllegalStateException(
          "MinHashFilter emitted " + k + " values, expected " + permutations);
    }
    return sig;
  }

  /** A token stream replaying precomputed terms. */
  private static final class Terms extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    char[][] terms = new char[0][];
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= terms.length) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(terms[next], 0, terms[next].length);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
