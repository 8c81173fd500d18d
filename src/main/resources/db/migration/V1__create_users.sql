-- Users: the accounts behind sign-up and login (module: users).
CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text        NOT NULL CHECK (length(username) BETWEEN 1 AND 64 AND username !~ '[[:cntrl:]/]'),
    email         text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND position('@' IN email) > 1),
    -- DelegatingPasswordEncoder format: {bcrypt}$2a$..., so the algorithm can change without a migration.
    password_hash text        NOT NULL CHECK (password_hash LIKE '{%}%'),
    bio           text,
    image         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Usernames and emails are unique whatever their case; the API turns a violation of these
-- constraints into a 409 naming the field (insert first, no check-then-insert race).
-- Serves: profile by username, login by email, the author/favorited filters of the article list.
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
