package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.newskg.cli.Main;
import picocli.CommandLine;

class BenchCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpShowsDefaultsAndExamples() {
    Run r = run("bench", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("default: 1000,10000"), r.out());
    assertTrue(r.out().contains("default: 20"), r.out());
    assertTrue(r.out().contains("NEWSKG_JAVA_OPTS=-Xmx1g newskg bench --articles 100000"), r.out());
  }

  @Test
  void badSizesAreArgumentErrors() {
    Run r = run("bench", "--articles", "0");
    assertEquals(2, r.code());
    assertEquals("newskg: --articles sizes must be between 1 and 10,000,000, not 0", r.err().strip());
    assertEquals(2, run("bench", "--articles", "ten").code());
    assertEquals(2, run("bench", "--runs", "0").code());
  }
}
