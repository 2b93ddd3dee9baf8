package org.newskg.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Finds article files under paths (files or folders, walked in sorted order) and reads them.
 *
 * <p>Formats by extension: {@code .txt}/{@code .text} (the whole file is one article), {@code
 * .html}/{@code .htm} (the main text of the page), {@code .jsonl} (one JSON object per line, with
 * {@code text} and optional {@code title}, {@code date}, {@code url}, {@code publisher} or {@code
 * source}; {@code .jsonl.gz} the same, gzipped). Other files are {@linkplain
 * ArticleConsumer#ignored ignored}; hidden files and folders are not looked at. Anything that
 * cannot be read is reported through {@link ArticleConsumer#skipped} with a one-line reason, and
 * the walk goes on.
 *
 * <p>Articles stream: one file, or one JSON line, is in memory at a time.
 */
public final class ArticleFiles {
  private enum Format {
    TEXT,
    HTML,
    JSON_LINES,
    JSON_LINES_GZIP
  }

  private final ReadOptions options;
  private final ArticleConsumer consumer;

  /** Article file names handed out so far, and the file that has each. */
  private final Map<String, Path> names = new HashMap<>();

  private Path currentRoot;
  private int articles;
  private int skipped;
  private int ignored;

  private ArticleFiles(ReadOptions options, ArticleConsumer consumer) {
    this.options = options;
    ArticleConsumer counted =
        new ArticleConsumer() {
          @Override
          public void article(RawArticle article) {
            articles++;
            consumer.article(article);
          }

          @Override
          public void skipped(String where, String reason) {
            skipped++;
            consumer.skipped(where, reason);
          }

          @Override
          public void ignored(String where) {
            ignored++;
            consumer.ignored(where);
          }
        };
    this.consumer = counted;
  }

  /** Streams every article under {@code roots} to {@code consumer}, in a deterministic order. */
  public static ReadSummary read(List<Path> roots, ArticleConsumer consumer) {
    return read(roots, ReadOptions.DEFAULTS, consumer);
  }

  /**
   * Streams every article under {@code roots} to {@code consumer}: the roots in the order given,
   * the entries of each folder sorted by name, folders recursively.
   */
  public static ReadSummary read(List<Path> roots, ReadOptions options, ArticleConsumer consumer) {
    ArticleFiles walk = new ArticleFiles(options, consumer);
    for (Path root : roots) {
      walk.root(root);
    }
    return new ReadSummary(walk.articles, walk.skipped, walk.ignored);
  }

  /** True for the extensions read as articles: .txt, .text, .html, .htm, .jsonl, .jsonl.gz. */
  public static boolean isArticleFile(Path file) {
    return format(file) != null;
  }

  private void root(Path root) {
    currentRoot = root;
    if (!Files.exists(root) && !Files.isSymbolicLink(root)) {
      consumer.skipped(root.toString(), "no such file or folder");
    } else if (Files.isDirectory(root)) {
      folder(root, new HashSet<>());
    } else {
      file(root);
    }
  }

  private void folder(Path dir, Set<Path> ancestors) {
    Path real;
    List<Path> entries = new ArrayList<>();
    try {
      real = dir.toRealPath();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) {
          if (!p.getFileName().toString().startsWith(".")) {
            entries.add(p);
          }
        }
      }
    } catch (IOException e) {
      consumer.skipped(dir.toString(), ioReason(e));
      return;
    }
    if (!ancestors.add(real)) {
      consumer.skipped(dir.toString(), "folder link loop (leads back to " + real + ")");
      return;
    }
    // By name, not by the order the file system happens to return: same folder, same order.
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path p : entries) {
      if (Files.isDirectory(p)) {
        folder(p, ancestors);
      } else {
        file(p);
      }
    }
    ancestors.remove(real);
  }

  private void file(Path file) {
    Format format = format(file);
    if (format == null) {
      consumer.ignored(file.toString());
      return;
    }
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // A pipe or a device: reading it could block forever.
        throw new Skip("not a regular file");
      }
      if (format == Format.JSON_LINES || format == Format.JSON_LINES_GZIP) {
        jsonLines(file, format == Format.JSON_LINES_GZIP);
      } else {
        consumer.article(whole(file, format));
      }
    } catch (Skip s) {
      consumer.skipped(file.toString(), s.getMessage());
    } catch (IOException e) {
      consumer.skipped(file.toString(), ioReason(e));
    }
  }

  private RawArticle whole(Path file, Format format) throws IOException, Skip {
    long size = Files.size(file);
    if (size > options.maxFileBytes()) {
      throw new Skip(
          "file too large ("
              + ReadOptions.size(size)
              + "; limit "
              + ReadOptions.size(options.maxFileBytes())
              + ")");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Read one byte past the limit: /proc-like files report size 0 whatever they hold.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxFileBytes() + 1));
    }
    if (bytes.length > options.maxFileBytes()) {
      throw new Skip("file too large (over " + ReadOptions.size(options.maxFileBytes()) + ")");
    }
    Decoding.Detected d = Decoding.detect(bytes, bytes.length);
    if (Decoding.binary(bytes, bytes.length, d)) {
      throw new Skip("binary file, not text");
    }
    String name = articleName(file);
    if (format == Format.HTML) {
      return HtmlArticles.read(name, bytes);
    }
    String text = Decoding.decode(bytes, 0, bytes.length, d, null);
    if (text.isBlank()) {
      throw new Skip("empty file");
    }
    return RawArticle.ofText(name, text);
  }

  private void jsonLines(Path file, boolean gzip) throws IOException, Skip {
    InputStream raw = Files.newInputStream(file);
    if (gzip) {
      try {
        raw = new GZIPInputStream(raw, 1 << 16);
      } catch (ZipException e) {
        raw.close();
        throw new Skip("not a gzip file: " + e.getMessage());
      }
    }
    // A truncated archive fails mid-way: the lines before the damage have been delivered.
    try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
      in.mark(Decoding.SNIFF);
      byte[] head = in.readNBytes(Decoding.SNIFF);
      in.reset();
      Decoding.Detected d = Decoding.detect(head, head.length);
      if (Decoding.binary(head, head.length, d)) {
        throw new Skip("binary file, not text");
      }
      JsonLines.read(file, articleName(file), in, d, options.maxLineBytes(), consumer);
    }
  }

  /**
   * The file name, unless another file of this read already has it (two saved pages both called
   * index.html): then the path from the folder given, so that no article replaces another.
   */
  private String articleName(Path file) {
    String name = file.getFileName().toString();
    Path key = file.toAbsolutePath().normalize();
    Path first = names.putIfAbsent(name, key);
    if (first == null || first.equals(key)) {
      return name;
    }
    Path root = Files.isDirectory(currentRoot) ? currentRoot : currentRoot.getParent();
    String relative =
        root == null ? file.toString() : root.relativize(file).toString().replace('\\', '/');
    Path taken = names.putIfAbsent(relative, key);
    return taken == null || taken.equals(key) ? relative : key.toString();
  }

  private static Format format(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return null;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Format.TEXT;
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return Format.HTML;
    }
    if (n.endsWith(".jsonl.gz")) {
      return Format.JSON_LINES_GZIP;
    }
    return n.endsWith(".jsonl") ? Format.JSON_LINES : null;
  }

  /** The exception's message, phrased for someone who can go and fix the file. */
  static String ioReason(IOException e) {
    if (e instanceof NoSuchFileException n) {
      boolean link = n.getFile() != null && Files.isSymbolicLink(Path.of(n.getFile()));
      return link
          ? "cannot read: broken link (its target does not exist)"
          : "cannot read: no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "cannot read: " + f.getReason();
    }
    return "cannot read: "
        + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
  }
}
