package org.newskg.draw;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the drawing encodes meaning: a colour and line style per stance, a shape per actor kind.
 * The DOT and the HTML legend both read from here, so they cannot disagree.
 */
public final class Legend {
  private Legend() {}

  /** How an edge of one stance looks. */
  public record EdgeLook(String colour, String style, String arrowhead) {}

  /** How a node of one kind looks. */
  public record NodeLook(String shape, String style, String name) {}

  /**
   * Stance to look, in the order the legend lists them. Colours are the Okabe-Ito palette, which
   * colour-blind readers can tell apart; hedged stances are dashed or dotted as well, and the
   * negative ones end in a bar, so the picture also reads in grey.
   */
  public static final Map<String, EdgeLook> STANCES = new LinkedHashMap<>();

  /** nkg:Actor subclass local name to look, in legend order. */
  public static final Map<String, NodeLook> KINDS = new LinkedHashMap<>();

  static {
    STANCES.put("asserts", new EdgeLook("#0072B2", "solid", "normal"));
    STANCES.put("accuses", new EdgeLook("#D55E00", "bold", "normal"));
    STANCES.put("suspects", new EdgeLook("#E69F00", "dashed", "normal"));
    STANCES.put("claims_responsibility", new EdgeLook("#009E73", "bold", "normal"));
    STANCES.put("denies", new EdgeLook("#CC79A7", "solid", "tee"));
    STANCES.put("rejects_accusation", new EdgeLook("#56B4E9", "solid", "tee"));
    STANCES.put("neither_confirms_nor_denies", new EdgeLook("#777777", "dotted", "odot"));

    KINDS.put("Country", new NodeLook("box", "filled", "country"));
    KINDS.put("GovernmentBody", new NodeLook("house", "filled", "government body"));
    KINDS.put("MilitaryForce", new NodeLook("hexagon", "filled", "military force"));
    KINDS.put("ArmedGroup", new NodeLook("octagon", "filled", "armed group"));
    KINDS.put("Coalition", new NodeLook("doubleoctagon", "filled", "coalition"));
    KINDS.put("InternationalOrganisation", new NodeLook("component", "filled", "international organisation"));
    KINDS.put("MediaOrganisation", new NodeLook("note", "filled", "media organisation"));
    KINDS.put("Person", new NodeLook("ellipse", "filled", "person"));
    KINDS.put("UnnamedOfficial", new NodeLook("ellipse", "filled,dashed", "unnamed official"));
  }

  private static final EdgeLook OTHER_STANCE = new EdgeLook("#000000", "solid", "normal");
  private static final NodeLook OTHER_KIND = new NodeLook("plaintext", "filled", "other actor");

  public static EdgeLook stance(String stance) {
    return STANCES.getOrDefault(stance, OTHER_STANCE);
  }

  public static NodeLook kind(String kind) {
    return KINDS.getOrDefault(kind, OTHER_KIND);
  }

  /** "claims_responsibility" as people write it: "claims responsibility". */
  public static String words(String id) {
    return id.replace('_', ' ');
  }
}
