package io.conduit.articles;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduit.platform.security.Viewer;
import io.conduit.profiles.Profile;
import io.conduit.profiles.Profiles;
import org.springframework.stereotype.Component;

/**
 * Turns article rows into what a viewer sees: with one query each for the tags, the viewer's
 * favorites and the authors (two for profiles), whatever the number of rows.
 */
@Component
class ArticleViews {

    private final TagRepository tags;
    private final FavoriteRepository favorites;
    private final Profiles profiles;

    ArticleViews(TagRepository tags, FavoriteRepository favorites, Profiles profiles) {
        this.tags = tags;
        this.favorites = favorites;
        this.profiles = profiles;
    }

    List<ArticleListItem> listItems(Viewer viewer, List<ArticleRow> rows) {
        Decorations decorations = decorate(viewer, rows);
        return rows.stream()
                .map(row -> ArticleListItem.of(row, decorations.tagsOf(row), decorations.favorited(row),
                        decorations.authorOf(row)))
                .toList();
    }

    ArticleView article(Viewer viewer, ArticleRow row) {
        Decorations decorations = decorate(viewer, List.of(row));
        return ArticleView.of(row, decorations.tagsOf(row), decorations.favorited(row), decorations.authorOf(row));
    }

    private Decorations decorate(Viewer viewer, List<ArticleRow> rows) {
        if (rows.isEmpty()) {
            return new Decorations(Map.of(), Set.of(), Map.of());
        }
        List<Long> ids = rows.stream().map(ArticleRow::id).toList();
        Set<Long> authorIds = Set.copyOf(rows.stream().map(ArticleRow::authorId).toList());
        return new Decorations(
                tags.tagsOf(ids),
                viewer.isAnonymous() ? Set.of() : favorites.favoritedAmong(viewer.id(), ids),
                profiles.profilesOf(viewer, authorIds));
    }

    private record Decorations(Map<Long, List<String>> tags, Set<Long> favorited, Map<Long, Profile> authors) {

        List<String> tagsOf(ArticleRow row) {
            return tags.getOrDefault(row.id(), List.of());
        }

        boolean favorited(ArticleRow row) {
            return favorited.contains(row.id());
        }

        Profile authorOf(ArticleRow row) {
            return authors.get(row.authorId());
        }
    }
}
