package org.newskg.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * The articles 1..{@code count}, in order, each as its full text. Streams: one article at a
   * time.
   */
  public void generate(int count, ObjIntConsumer<String> sink) {
    SplittableRandom master = new SplittableRandom(seed);
    Names names = new Names(seed);
    for (int i = 1; i <= count; i++) {
      // One split per article, in order: article i sees the same stream whatever the count.
      sink.accept(new Story(cast, names, master.split()).text(), i);
    }
  }

  /** Writes {@code count} articles under {@code dir}; returns the bytes written. */
  public long write(Path dir, int count, Progress progress) throws IOException {
    Files.createDirectories(dir);
    long[] bytes = {0};
    IOException[] failure = {null};
    generate(
        count,
        (text, i) -> {
          if (failure[0] != null) {
            return;
          }
          Path file = dir.resolve(relativePath(i, count));
          try {
            if ((i - 1) % PER_FOLDER == 0) {
              Files.createDirectories(file.getParent());
            }
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, b);
            bytes[0] += b.length;
          } catch (IOException e) {
            failure[0] = e;
          }
          if (i % PER_FOLDER == 0 || i == count) {
            progress.written(i, count);
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
    return bytes[0];
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
   * Deletes a previous corpus in {@code dir} (the numbered folders' synth-*.txt files, then the
   * folders if that left them empty); nothing else is touched. Returns the files deleted.
   */
  public static int clear(Path dir) throws IOException {
    int deleted = 0;
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir)) {
      for (Path folder : folders) {
        if (!Files.isDirectory(folder) || !FOLDER.matcher(folder.getFileName().toString()).matches()) {
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
