package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newskg.draw.AttributionQuery;
import org.newskg.draw.AttributionRow;
import org.newskg.draw.DotWriter;
import org.newskg.draw.Graphviz;
import org.newskg.draw.GraphvizException;
import org.newskg.draw.HtmlPage;
import org.newskg.draw.RowFilter;
import org.newskg.serve.Stores;
import org.newskg.store.Store;
import org.newskg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Draws who attributed which strike to whom. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draws the attribution network of the store: one node per actor (shape by kind: country,"
          + " government body, armed group, person, unnamed official ...), one arrow per"
          + " attribution from the attributor to the perpetrator, coloured by stance and labelled"
          + " with the strike, and a legend.",
      "svg and png need Graphviz (the 'dot' program); dot writes the Graphviz source and needs"
          + " nothing; html writes one self-contained page with the picture, the legend and a"
          + " table of the attributions with their evidence sentences (without Graphviz: the"
          + " table only, with a note).",
      "Exit 0 on success, 1 when nothing matches, Graphviz fails or the store is in use, 2 for"
          + " bad arguments or a missing or broken store."
    },
    footer = {
      "",
      "Examples:",
      "  newskg graph --format html --output attributions.html",
      "  newskg graph --format png                          # writes attributions.png",
      "  newskg graph --actor Israel --format svg > israel.svg",
      "  newskg graph --strike Baghdad --format dot | dot -Tpdf -o baghdad.pdf",
      "  newskg graph --article 000_9ab0253e334ba646.txt --format png --output 000.png"
    })
final class GraphCommand implements Callable<Integer> {
  static final String DEFAULT_PNG = "attributions.png";

  enum Format {
    svg,
    png,
    dot,
    html
  }

  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "svg",
      description = "svg, png, dot or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write (default: standard output for svg, dot and html; " + DEFAULT_PNG + " for png).")
  Path output;

  @Option(names = "--strike", paramLabel = "TEXT", description = "Only strikes whose label contains TEXT (any case).")
  String strike;

  @Option(
      names = "--actor",
      paramLabel = "NAME",
      description = "Only attributions made by or about the actor labelled NAME (any case).")
  String actor;

  @Option(
      names = "--article",
      paramLabel = "NAME",
      description = "Only the article with this file name (or file names starting with NAME).")
  String article;

  @Override
  public Integer call() throws IOException {
    List<AttributionRow> all;
    try (Store store = Store.openExisting(db.db())) {
      all = AttributionQuery.run(store.dataset());
    } catch (StoreException e) {
      throw new UserError(Stores.message(e, db.db()), Stores.exitCode(e));
    }
    RowFilter filter = new RowFilter(strike, actor, article);
    List<AttributionRow> rows = filter.apply(all);
    if (rows.isEmpty()) {
      throw new UserError(all.isEmpty()
          ? "the store " + db.db() + " holds no attributions to draw"
          : "no attribution matches " + filter.describe() + hint(all));
    }
    String title = "Who attributed which strike to whom";
    String subtitle = subtitle(rows, filter);
    String dot = DotWriter.write(rows, title + "\n" + subtitle);
    switch (format) {
      case dot -> text(dot);
      case svg -> text(new String(render(dot, "svg"), StandardCharsets.UTF_8));
      case png -> {
        Path file = output != null ? output : Path.of(DEFAULT_PNG);
        write(file, render(dot, "png"));
        spec.commandLine().getErr().println("newskg: wrote " + file);
      }
      case html -> {
        String svg = null;
        String note = null;
        try {
          svg = new String(Graphviz.render(dot, "svg"), StandardCharsets.UTF_8);
        } catch (GraphvizException e) {
          if (!e.missing()) {
            throw new UserError(e.getMessage());
          }
          note = "No picture: " + e.getMessage().replace(" or use --format dot", "") + ". The table below lists every attribution.";
        }
        text(HtmlPage.write(rows, title, subtitle, svg, note));
      }
    }
    return 0;
  }

  private static byte[] render(String dot, String format) {
    try {
      return Graphviz.render(dot, format);
    } catch (GraphvizException e) {
      throw new UserError(e.getMessage());
    }
  }

  private void text(String s) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(s);
      out.flush();
    } else {
      write(output, s.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void write(Path file, byte[] bytes) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserError("cannot write " + file + ": no folder " + parent, 2);
    }
    if (Files.isDirectory(file)) {
      throw new UserError("cannot write " + file + ": it is a folder", 2);
    }
    try {
      Files.write(file, bytes);
    } catch (java.nio.file.FileSystemException e) {
      throw new UserError("cannot write " + file + ": " + (e.getReason() != null ? e.getReason() : e.getMessage()));
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage());
    }
  }

  private static String subtitle(List<AttributionRow> rows, RowFilter filter) {
    long articles = rows.stream().map(AttributionRow::article).distinct().count();
    long actors = rows.stream().flatMap(r -> Stream.of(r.attributorIri(), r.perpetratorIri())).distinct().count();
    String s = String.format(Locale.ROOT, "%d attribution%s, %d actor%s, %d article%s",
        rows.size(), rows.size() == 1 ? "" : "s", actors, actors == 1 ? "" : "s", articles, articles == 1 ? "" : "s");
    return filter.isAll() ? s : s + " (" + filter.describe() + ")";
  }

  /** For a mistyped --actor: the actors there are, so the user sees the spelling. */
  private String hint(List<AttributionRow> all) {
    if (actor == null) {
      return "";
    }
    List<String> names = all.stream()
        .flatMap(r -> Stream.of(r.attributor(), r.perpetrator()))
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
    String shown = String.join(", ", names.subList(0, Math.min(12, names.size())));
    return "; actors: " + shown + (names.size() > 12 ? ", ..." : "");
  }
}
