package dev.neardup.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Generated JSON Lines batches with known duplicates: unrelated articles of random made-up words,
 * plus planted copies that differ from their original by one word, so the pair scores about 0.95
 * under any measure and shingling and unrelated pairs about 0, whatever the tuned threshold.
 */
final class PlantedBatch {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> lines = new ArrayList<>();

  /** Planted pairs as "original|copy" (the original's id sorts first). */
  final Set<String> planted = new TreeSet<>();

  final int originals;

  private PlantedBatch(int originals) {
    this.originals = originals;
  }

  static PlantedBatch generate(int originals, int copies, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] vocabulary = new String[4000];
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      int length = 3 + r.nextInt(8);
      for (int c = 0; c < length; c++) {
        w.append((char) ('a' + r.nextInt(26)));
      }
      vocabulary[i] = w.toString();
    }
    PlantedBatch batch = new PlantedBatch(originals);
    List<String[]> texts = new ArrayList<>();
    for (int i = 0; i < originals; i++) {
      String[] words = new String[150 + r.nextInt(100)];
      for (int w = 0; w < words.length; w++) {
        words[w] = vocabulary[r.nextInt(vocabulary.length)];
      }
      texts.add(words);
      batch.add("a" + String.format("%04d", i), words);
    }
    List<Integer> sources = new ArrayList<>();
    for (int i = 0; i < originals; i++) {
      sources.add(i);
    }
    for (int c = 0; c < copies; c++) {
      int source =
          sources.remove(r.nextInt(sources.size())); // one copy per original: pairs, not triples
      String[] words = texts.get(source).clone();
      words[words.length / 2] = "changed";
      String id = "b" + String.format("%04d", c);
      batch.add(id, words);
      batch.planted.add("a" + String.format("%04d", source) + "|" + id);
    }
    return batch;
  }

  private void add(String id, String[] words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words.length; w++) {
      text.append(words[w]).append(w % 15 == 14 ? ".\n" : " ");
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", id);
    record.put("text", text.toString().strip() + ".");
    try {
      lines.add(JSON.writeValueAsString(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  String jsonl() {
    return String.join("\n", lines) + "\n";
  }
}
