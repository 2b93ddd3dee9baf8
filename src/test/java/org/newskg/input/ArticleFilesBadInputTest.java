package org.newskg.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is skipped with its own reason and location; the good ones still come. */
class ArticleFilesBadInputTest {
  @TempDir Path dir;

  private Recorder read(Path... paths) {
    Recorder r = new Recorder();
    ArticleFiles.read(List.of(paths), r);
    return r;
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void emptyAndWhitespaceOnlyFiles() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \n\t\r\n  ");
    Recorder r = read(empty, blank);
    assertEquals(List.of(empty + ": empty file", blank + ": empty file"), r.skips);
    assertEquals(List.of(), r.articles);
  }

  @Test
  void binaryFiles() throws IOException {
    Path png = dir.resolve("photo.txt");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    Path control = dir.resolve("control.txt");
    byte[] noisy = new byte[400];
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] =
          (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a'); // no NUL, but one byte in three is control
    }
    Files.write(control, noisy);
    Recorder r = read(png, control);
    assertEquals(
        List.of(png + ": binary file, not text", control + ": binary file, not text"), r.skips);
  }

  @Test
  void fiftyMegabyteFileIsSkippedUnread() throws IOException {
    Path big = dir.resolve("huge.txt");
    byte[] line =
        "The strike was carried out by an unknown drone.\n".getBytes(StandardCharsets.US_ASCII);
    long target = (long) (50.3 * 1024 * 1024);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < target; written += line.length) {
        out.write(line, 0, (int) Math.min(line.length, target - written));
      }
    }
    Path good = write("small.txt", "Israel struck a depot.");
    Recorder r = read(big, good);
    assertEquals(List.of(big + ": file too large (50.3 MB; limit 20 MB)"), r.skips);
    assertEquals("Israel struck a depot.", r.articles.get(0).text());
  }

  @Test
  void sizeLimitIsAnOption() throws IOException {
    Path f = write("a.txt", "x".repeat(3000));
    Recorder r = new Recorder();
    ArticleFiles.read(List.of(f), new ReadOptions(2048, 2048), r);
    assertEquals(List.of(f + ": file too large (2.9 KB; limit 2 KB)"), r.skips);
  }

  @Test
  void danglingSymlinkIsUnreadable() throws IOException {
    // Tests run as root on the build machine, where chmod 000 does not stop reading; a link to
    // nothing gives the same IOException path that a permission error takes.
    Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Path good = write("ok.txt", "The Pentagon denied involvement.");
    Recorder r = read(dir);
    assertEquals(
        List.of(
            "skipped " + link + ": cannot read: broken link (its target does not exist)",
            "article ok.txt"),
        r.events);
  }

  @Test
  void ioErrorWhileReadingIsReportedWithItsMessage() throws IOException {
    // Reading /proc/self/mem from offset 0 fails with EIO even for root.
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(mem));
    Path link = Files.createSymbolicLink(dir.resolve("mem.txt"), mem);
    assertEquals(List.of(link + ": cannot read: Input/output error"), read(link).skips);
  }

  @Test
  void unreadableByPermissionsWhenNotRoot() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads chmod 000 files");
    Path f = write("secret.txt", "text");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assertEquals(List.of(f + ": cannot read: permission denied"), read(f).skips);
  }

  @Test
  void missingPathGivenExplicitly() {
    Path missing = dir.resolve("no-such-folder");
    assertEquals(List.of(missing + ": no such file or folder"), read(missing).skips);
  }

  @Test
  void brokenHtmlStillGivesItsText() throws IOException {
    Path f = dir.resolve("broken.html");
    Files.copy(Path.of("src/test/resources/input/broken.html"), f);
    RawArticle a = read(f).only();
    assertEquals(
        "Israel struck a depot\n\nThe second paragraph has no end tags\n\nThird & last", a.text());
    assertEquals("Broken page", a.title());
  }

  @Test
  void htmlWithoutAnyTextIsSkipped() throws IOException {
    Path f =
        write(
            "shell.html",
            "<html><head><title>Loading</title></head><body><script>x()</script></body></html>");
    assertEquals(List.of(f + ": no article text in the HTML"), read(f).skips);
  }

  @Test
  void mixedFolderKeepsTheGoodOnesInOrder() throws IOException {
    write("b/2.txt", "Second good article.");
    write("a.txt", "First good article.");
    write("b/1.txt", "");
    Files.write(dir.resolve("b/3.txt"), new byte[] {0, 1, 2, 3});
    write("c.jsonl", "{\"text\": \"Third good article.\"}\n{\"text\": oops}\n");
    write("d.html", "<p>Fourth good article.</p>");
    write("notes.md", "# not an article");
    write("image.jpg", "xx");
    write(".DS_Store", "junk");
    write(".git/HEAD.txt", "ref: refs/heads/main");
    write("e/.hidden.txt", "hidden");
    Recorder r = read(dir);
    assertEquals(
        List.of(
            "article a.txt",
            "skipped " + dir.resolve("b/1.txt") + ": empty file",
            "article 2.txt",
            "skipped " + dir.resolve("b/3.txt") + ": binary file, not text",
            "article c.jsonl#1",
            "skipped " + dir.resolve("c.jsonl") + ":2: broken JSON: illegal: 'oops' near column 14",
            "article d.html"),
        r.events);
    assertEquals(
        List.of(
            "First good article.",
            "Second good article.",
            "Third good article.",
            "Fourth good article."),
        r.articles.stream().map(RawArticle::text).toList());
    assertEquals(
        List.of(dir.resolve("image.jpg").toString(), dir.resolve("notes.md").toString()),
        r.ignores);
    ReadSummary s = ArticleFiles.read(List.of(dir), new Recorder());
    assertEquals(new ReadSummary(4, 3, 2), s);
  }

  @Test
  void filesSharingANameKeepDistinctArticleNames() throws IOException {
    write("2019/index.html", "<p>First page.</p>");
    write("2020/index.html", "<p>Second page.</p>");
    write("2020/archive.jsonl", "{\"text\": \"x\"}");
    write("2021/archive.jsonl", "{\"text\": \"y\"}");
    Recorder r = read(dir, dir.resolve("2019/index.html"));
    assertEquals(
        List.of(
            "article index.html",
            "article archive.jsonl#1",
            "article 2020/index.html",
            "article 2021/archive.jsonl#1",
            "article index.html"),
        r.events);
  }
}
