package org.newskg.synth;

/**
 * An organisation that can act, speak or be blamed in a story.
 *
 * @param label the gazetteer label ("Islamic Revolutionary Guard Corps")
 * @param kind the gazetteer kind (armed_group, military, government_body, coalition, media, ...)
 * @param country the country id it belongs to, or "" when none
 * @param plural whether it takes a plural verb ("the Houthis were")
 */
record Party(String label, String kind, String country, boolean plural) {
  /** How the name stands in a sentence: "the Houthis", "the Pentagon", "Hezbollah", "NATO". */
  String name() {
    boolean acronym = label.equals(label.toUpperCase(java.util.Locale.ROOT));
    boolean alreadyDefinite = label.startsWith("the ") || label.startsWith("The ");
    boolean arabicArticle = label.startsWith("al-") || label.startsWith("Al ");
    if (acronym || alreadyDefinite || arabicArticle) {
      return label;
    }
    boolean takesThe =
        plural
            || label.matches(".* (Group|Army|Front|Organization|Organisation|Movement|Network|Alliance|Council|Corps)")
            || kind.equals("coalition")
            || kind.equals("government_body")
            || kind.equals("international_organisation")
            || (kind.equals("military") && label.contains(" "));
    return takesThe ? "the " + label : label;
  }
}
