package io.conduit.articles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduit.platform.database.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TagRepository {

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives the article exactly these tags: two statements whatever the number of tags. */
    void replaceTags(long articleId, Collection<String> names) {
        jdbc.sql("DELETE FROM article_tags WHERE article_id = :articleId AND tag_id NOT IN "
                        + "(SELECT id FROM tags WHERE name = ANY(:names))")
                .param("articleId", articleId)
                .param("names", SqlArrays.texts(names))
                .update();
        if (names.isEmpty()) {
            return;
        }
        // A no-op update on conflict makes RETURNING yield existing tags too, in one round trip.
        jdbc.sql("""
                        WITH wanted AS (
                            INSERT INTO tags (name) SELECT unnest(:names)
                            ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
                            RETURNING id)
                        INSERT INTO article_tags (article_id, tag_id, article_created_at)
                        SELECT :articleId, wanted.id, a.created_at FROM wanted, articles a WHERE a.id = :articleId
                        ON CONFLICT DO NOTHING""")
                .param("articleId", articleId)
                .param("names", SqlArrays.texts(names))
                .update();
    }

    /** The tags of each article, alphabetically; articles without tags are absent from the map. */
    Map<Long, List<String>> tagsOf(Collection<Long> articleIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (articleIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("""
                        SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
                        WHERE at.article_id = ANY(:ids)
                        ORDER BY t.name""")
                .param("ids", SqlArrays.bigints(articleIds))
                .query((rs, row) -> tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return tags;
    }

    /** Every tag that at least one article carries, alphabetically. */
    List<String> tagsInUse() {
        return jdbc.sql("""
                        SELECT t.name FROM tags t
                        WHERE EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id)
                        ORDER BY t.name""")
                .query(String.class)
                .list();
    }
}
