package org.newskg.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;

/**
 * Writes a synthetic corpus: {@code synth-000001.txt} … in one sub-folder per thousand files
 * ({@code 000/}, {@code 001/}, …). Article {@code i} depends only on the seed, {@code i} and the
 * gazetteer, so the same arguments give byte-identical files, and a smaller corpus is a prefix of a
 * larger one with the same seed.
 */
public final class Corpus {
  /** Files per sub-folder: a folder of 100,000 entries is slow to list and to open in a browser. */
  public static final int PER_FOLDER = 1000;

  private static final Pattern OURS = Pattern.compile("synth-\\d+\\.txt");

  /** The gold files, named as the shared evaluation's check script looks for them. */
  public static final String GOLD = "gold.tsv";

  public static final String QUOTES = "statements.tsv";
  private static final String GOLD_HEADER =
      "file\tattributor\tattributor_aliases\tstrike\tperpetrator\tperpetrator_aliases\tstance"
          + "\tcertainty\tevidence\trequired";
  private static final String QUOTES_HEADER = "file\tspeaker\tspeaker_aliases\tquote_start";
  private static final Pattern FOLDER = Pattern.compile("\\d{3,}");

  /** Told after every {@link #PER_FOLDER} articles and at the end. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void written(int done, int total);
  }

  private final Cast cast;
  private final long seed;

  public Corpus(Cast cast, long seed) {
    this.cast = cast;
    this.seed = seed;
  }

  /**
   * The articles 1..{@code count}, in order, each as its full text. Streams: one article at a time.
   */
  public void generate(int count, ObjIntConsumer<String> sink) {
    stories(count, (i, story, text) -> sink.accept(text, i));
  }

  /** Receives each story with its text. */
  interface StorySink {
    void story(int index, Story story, String text) throws IOException;
  }

  void stories(int count, StorySink sink) {
    try {
      storiesOrFail(count, sink);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void storiesOrFail(int count, StorySink sink) throws IOException {
    SplittableRandom master = new SplittableRandom(seed);
    Names names = new Names(seed);
    for (int i = 1; i <= count; i++) {
      // One split per article, in order: article i sees the same stream whatever the count.
      Story story = new Story(cast, names, master.split());
      String text = story.text();
      sink.story(i, story, text);
    }
  }

  /** Writes {@code count} articles under {@code dir}; returns the bytes written. */
  public long write(Path dir, int count, Progress progress) throws IOException {
    return write(dir, count, false, progress);
  }

  /**
   * Writes {@code count} articles under {@code dir}, and with {@code gold} also {@code
   * dir/gold.tsv} (every attribution written, one row each) and {@code dir/statements.tsv} (every
   * direct quotation) in the shared evaluation's formats. Returns the article bytes written.
   */
  public long write(Path dir, int count, boolean gold, Progress progress) throws IOException {
    Files.createDirectories(dir);
    long[] bytes = {0};
    try (BufferedWriter facts = gold ? open(dir.resolve(GOLD), GOLD_HEADER) : null;
        BufferedWriter quotes = gold ? open(dir.resolve(QUOTES), QUOTES_HEADER) : null) {
      storiesOrFail(
          count,
          (i, story, text) -> {
            String rel = relativePath(i, count);
            Path file = dir.resolve(rel);
            if ((i - 1) % PER_FOLDER == 0) {
              Files.createDirectories(file.getParent());
            }
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, b);
            bytes[0] += b.length;
            if (gold) {
              String name = file.getFileName().toString();
              for (GoldFact f : story.facts()) {
                facts.write(f.tsv(name));
                facts.newLine();
              }
              for (GoldQuote q : story.quotes()) {
                quotes.write(q.tsv(name));
                quotes.newLine();
              }
            }
            if (i % PER_FOLDER == 0 || i == count) {
              progress.written(i, count);
            }
          });
    }
    return bytes[0];
  }

  private static BufferedWriter open(Path file, String header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    w.write(header);
    w.newLine();
    return w;
  }

  /** "000/synth-000001.txt": wider numbers only when the corpus needs them, so names sort. */
  public static String relativePath(int index, int count) {
    int fileDigits = Math.max(6, Integer.toString(count).length());
    int folderDigits = Math.max(3, Integer.toString((count - 1) / PER_FOLDER).length());
    return String.format(
        Locale.ROOT,
        "%0" + folderDigits + "d/synth-%0" + fileDigits + "d.txt",
        (index - 1) / PER_FOLDER,
        index);
  }

  /**
   * Deletes a previous corpus in {@code dir} (gold.tsv, statements.tsv, the numbered folders'
   * synth-*.txt files, then the folders if that left them empty); nothing else is touched. Returns
   * the files deleted.
   */
  public static int clear(Path dir) throws IOException {
    int deleted = 0;
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    for (String gold : List.of(GOLD, QUOTES)) {
      deleted += Files.deleteIfExists(dir.resolve(gold)) ? 1 : 0;
    }
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir)) {
      for (Path folder : folders) {
        if (!Files.isDirectory(folder)
            || !FOLDER.matcher(folder.getFileName().toString()).matches()) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
          for (Path f : files) {
            if (OURS.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) {
              Files.delete(f);
              deleted++;
            }
          }
        }
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(folder)) {
          if (!rest.iterator().hasNext()) {
            Files.delete(folder);
          }
        }
      }
    }
    return deleted;
  }
}
