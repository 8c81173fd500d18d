package io.conduit.comments;

import io.conduit.platform.web.Timestamps;
import io.conduit.profiles.Profile;

/** The RealWorld comment object. */
record CommentView(long id, String createdAt, String updatedAt, String body, Profile author) {

    static CommentView of(CommentRow row, Profile author) {
        return new CommentView(row.id(), Timestamps.format(row.createdAt()), Timestamps.format(row.updatedAt()),
                row.body(), author);
    }
}
