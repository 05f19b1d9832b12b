-- Classes, their students, the groups that play and every action of every game.
-- Keys and tokens are stored only as SHA-256 hashes. A student is a display name and
-- a token, nothing else. Deleting a class deletes everything in it (ON DELETE CASCADE).

CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  scenario TEXT NOT NULL,
  scenario_hash TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE,
  teacher_key_hash TEXT NOT NULL UNIQUE,
  -- {groups: [[side, ...], ...] (the seat plans), policy, seed}
  plan JSONB NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE students (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX students_class ON students(class_id);

CREATE TABLE groups (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  solo BOOLEAN NOT NULL DEFAULT false,
  -- the engine's GameSetup: {seed, roles, defaultPolicy}
  setup JSONB NOT NULL,
  -- A summary of the game for the dashboard, written with each action; the game
  -- itself is always rebuilt from the actions.
  status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'playing', 'over')),
  seq INTEGER NOT NULL DEFAULT 0,
  -- raised by every write to the game, so a server knows whether its copy is current
  version INTEGER NOT NULL DEFAULT 0,
  day INTEGER NOT NULL DEFAULT 0,
  date TEXT,
  outcome TEXT,
  final_hash TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (class_id, number)
);
CREATE INDEX groups_class ON groups(class_id);

CREATE TABLE seats (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  side TEXT NOT NULL,
  student_id TEXT REFERENCES students(id) ON DELETE SET NULL,
  computer BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (group_id, side)
);
CREATE INDEX seats_student ON seats(student_id);

-- Every accepted action, in order: the game is these actions stepped again.
CREATE TABLE actions (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  day INTEGER NOT NULL,
  action JSONB NOT NULL,
  -- who: a student, or null for the computer and the evening
  student_id TEXT,
  by TEXT NOT NULL CHECK (by IN ('player', 'computer', 'server')),
  -- the client's id of the message, so a message sent twice is taken once
  ref TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, seq)
);
CREATE UNIQUE INDEX actions_ref ON actions(group_id, student_id, ref) WHERE ref IS NOT NULL;

-- A player has ended their turn for the day.
CREATE TABLE ready (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  side TEXT NOT NULL,
  ref TEXT,
  PRIMARY KEY (group_id, day, side)
);

-- Finished games and uploads, each re-played by the server before it counts.
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  student_id TEXT REFERENCES students(id) ON DELETE SET NULL,
  group_id TEXT REFERENCES groups(id) ON DELETE SET NULL,
  source TEXT NOT NULL CHECK (source IN ('game', 'upload')),
  verified BOOLEAN NOT NULL,
  reason TEXT,
  -- the replay (its code), kept only when verified
  replay TEXT,
  final_hash TEXT,
  outcome TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX submissions_class ON submissions(class_id);
CREATE UNIQUE INDEX submissions_game ON submissions(class_id, final_hash) WHERE verified;
