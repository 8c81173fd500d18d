package io.conduit.comments;

import java.time.OffsetDateTime;

record CommentRow(long id, long articleId, long authorId, String body, OffsetDateTime createdAt,
                  OffsetDateTime updatedAt) {
}
