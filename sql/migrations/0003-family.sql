-- Migration 3: the family's own door (issue 14).  Upgrades a database of
-- version 2.  Every statement can run again (IF NOT EXISTS).

-- A log-in of the family's door, linked by a caregiver to one child: the
-- child itself, or one of the child's representatives (a parent or guardian,
-- with or without authority: the representatives row says).  login is the
-- person as the patient portal names them to nginx (after DigiD); one
-- person may be linked to several children, each link its own row.  Ending
-- a link keeps the row; system versioning keeps every earlier state.
CREATE TABLE IF NOT EXISTS family_accounts (
  id                 INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login              VARCHAR(255) NOT NULL,
  child_id           INT UNSIGNED NOT NULL,
  kind               ENUM('kind','vertegenwoordiger') NOT NULL,
  representative_id  INT UNSIGNED NULL,
  linked_by          INT UNSIGNED NOT NULL,
  linked_at          DATETIME(3) NOT NULL,
  ended_at           DATETIME(3) NULL,
  ended_by           INT UNSIGNED NULL,
  end_reason         VARCHAR(500) NULL,
  request_id         CHAR(32) NULL,
  UNIQUE KEY family_accounts_request (request_id),
  KEY family_accounts_login (login, ended_at),
  KEY family_accounts_child (child_id, ended_at),
  CONSTRAINT family_accounts_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT family_accounts_representative FOREIGN KEY (representative_id)
    REFERENCES representatives (id),
  CONSTRAINT family_accounts_linked_by FOREIGN KEY (linked_by) REFERENCES users (id),
  CONSTRAINT family_accounts_ended_by FOREIGN KEY (ended_by) REFERENCES users (id),
  CONSTRAINT family_accounts_who CHECK ((kind = 'kind') = (representative_id IS NULL)),
  CONSTRAINT family_accounts_ended CHECK
    (ended_at IS NULL OR (ended_by IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- From 16 the child decides whether the parents see the plan (WGBO); each
-- decision is a row, the newest counts, made from the child's own log-in.
CREATE TABLE IF NOT EXISTS parent_access_decisions (
  id                 INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id           INT UNSIGNED NOT NULL,
  parents_may_see    BOOLEAN NOT NULL,
  decided_by         INT UNSIGNED NOT NULL,
  decided_at         DATETIME(3) NOT NULL,
  request_id         CHAR(32) NULL,
  UNIQUE KEY parent_access_decisions_request (request_id),
  KEY parent_access_decisions_child (child_id, id),
  CONSTRAINT parent_access_decisions_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT parent_access_decisions_by FOREIGN KEY (decided_by)
    REFERENCES family_accounts (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
