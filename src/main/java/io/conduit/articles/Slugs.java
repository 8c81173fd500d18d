package io.conduit.articles;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Slug policy: the title in lower-case ASCII words joined by hyphens ("How to train your dragon!" ->
 * "how-to-train-your-dragon"); accents are dropped, other characters separate words. When that slug
 * is taken the article gets the same slug with a short random suffix, so equal titles never fail.
 */
final class Slugs {

    private static final int MAX_LENGTH = 100;
    private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Slugs() {
    }

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    static String withSuffix(String slug) {
        StringBuilder suffix = new StringBuilder(slug).append('-');
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        return suffix.toString();
    }
}
