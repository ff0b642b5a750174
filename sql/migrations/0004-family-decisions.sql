-- Migration 4: the family decides access from its own door (issue 14).
-- Upgrades a database of version 3.  Every statement can run again.

-- Columns are added to a system-versioned table keeping its history: old
-- history rows take the new columns' default (NULL).
SET SESSION system_versioning_alter_history = KEEP;

-- A grant or a revocation is entered by a caregiver (entered_by,
-- revoked_by) or by the family itself at its door (entered_by_family,
-- revoked_by_family: the log-in), never both.
ALTER TABLE access_grants
  MODIFY COLUMN entered_by INT UNSIGNED NULL,
  ADD COLUMN IF NOT EXISTS entered_by_family INT UNSIGNED NULL AFTER entered_by,
  ADD COLUMN IF NOT EXISTS revoked_by_family INT UNSIGNED NULL AFTER revoked_by;
ALTER TABLE access_grants
  ADD CONSTRAINT access_grants_entered_by_family
    FOREIGN KEY IF NOT EXISTS (entered_by_family) REFERENCES family_accounts (id),
  ADD CONSTRAINT access_grants_revoked_by_family
    FOREIGN KEY IF NOT EXISTS (revoked_by_family) REFERENCES family_accounts (id),
  ADD CONSTRAINT IF NOT EXISTS access_grants_entered_once
    CHECK ((entered_by IS NULL) <> (entered_by_family IS NULL)),
  ADD CONSTRAINT IF NOT EXISTS access_grants_revoked_once
    CHECK (revoked_at IS NULL OR (revoked_by IS NULL) <> (revoked_by_family IS NULL));
