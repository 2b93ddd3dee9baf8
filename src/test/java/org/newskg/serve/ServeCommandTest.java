package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.store.TestStores;
import picocli.CommandLine;

/** {@code newskg serve} when it cannot serve: one clear line and the right exit code. */
class ServeCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aTakenPortIsNamedWithTheNextOneToTry(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("db");
    TestStores.build(db, tmp);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Run r = run("serve", "--db", db.toString(), "--port", Integer.toString(port));
      assertEquals(new Run(1, "", "newskg: port " + port + " is in use; try --port " + (port + 1) + "\n"), r);
    }
  }

  @Test
  void aStoreHeldByAnotherProcessIsNamedWithItsPid(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("db");
    TestStores.build(db, tmp);
    Process holder = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), db.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("holding " + holder.pid(), lines.readLine());
      Run r = run("serve", "--db", db.toString(), "--port", "0");
      assertEquals(
          new Run(1, "", "newskg: the store " + db + " is in use by another newskg process (pid " + holder.pid() + ")\n"),
          r);
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(20, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
  }

  @Test
  void anAddressThatIsNotThisMachinesIsExitTwo(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("db");
    TestStores.build(db, tmp);
    // 192.0.2.0/24 is reserved for documentation: no machine has it.
    Run r = run("serve", "--db", db.toString(), "--host", "192.0.2.7", "--port", "0");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("newskg: cannot listen on 192.0.2.7 port 0: "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void aMissingStoreIsExitTwo(@TempDir Path tmp) {
    Path db = tmp.resolve("none");
    assertEquals(
        new Run(2, "", "newskg: no store at " + db + " (run 'newskg build --db " + db + "' first)\n"),
        run("serve", "--db", db.toString()));
  }

  @Test
  void aBadPortIsExitTwo() {
    Run r = run("serve", "--port", "70000");
    assertEquals(2, r.code());
    assertEquals("newskg: --port must be between 0 and 65535, not 70000 (see 'newskg serve --help')\n", r.err());
  }

  @Test
  void helpSaysWhatIsServedAndThatItIsReadOnly() {
    Run r = run("serve", "--help");
    assertEquals(0, r.code());
    for (String s : new String[] {
        "--port=PORT", "(default: 3030)", "--host=ADDRESS", "(default: 127.0.0.1", "--db=DIR",
        "/newskg/sparql", "no SPARQL update, no upload", "loopback", "Examples:", "Ctrl-C"}) {
      assertTrue(r.out().contains(s), s + " in\n" + r.out());
    }
  }
}
