# Least privilege: the real grants of every application account equal the
# declared matrix, and none has rights on the whole schema or server.
actual=$(sqlq "SELECT CONCAT(SUBSTRING_INDEX(TRIM(BOTH '''' FROM GRANTEE), '''', 1), ' ', TABLE_NAME, ' ', PRIVILEGE_TYPE)
                FROM information_schema.TABLE_PRIVILEGES WHERE TABLE_SCHEMA = 'izp' AND GRANTEE LIKE '''izp\\_%'
               UNION ALL
               SELECT CONCAT(SUBSTRING_INDEX(TRIM(BOTH '''' FROM GRANTEE), '''', 1), ' ', TABLE_NAME, ' ', PRIVILEGE_TYPE, '(', COLUMN_NAME, ')')
                FROM information_schema.COLUMN_PRIVILEGES WHERE TABLE_SCHEMA = 'izp' AND GRANTEE LIKE '''izp\\_%'
               UNION ALL
               SELECT CONCAT(User, ' ', Routine_name, ' ', UPPER(Proc_priv))
                FROM mysql.procs_priv WHERE Db = 'izp' AND User LIKE 'izp\\_%'" | sort)
declared=$(grep -v '^#' "$IZP_REPO/tests/it/grants-matrix.txt" | awk 'NF { print $1, $2, $3 }' | sort)
check "grants equal the declared matrix" [ "$actual" = "$declared" ]
[ "$actual" = "$declared" ] || diff <(echo "$declared") <(echo "$actual") >&2
check "no schema-wide rights" [ "$(sqlq "SELECT COUNT(*) FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE LIKE '''izp\\_%'")" = 0 ]
check "no server-wide rights beyond USAGE" [ "$(sqlq "SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE GRANTEE LIKE '''izp\\_%' AND PRIVILEGE_TYPE <> 'USAGE'")" = 0 ]
for account in read child plan access audit emergency export admin; do
  [ $account = audit ] || check "izp_$account cannot read the audit log" refused $account "SELECT * FROM audit_log"
  check "izp_$account cannot delete clinical history" refused $account "DELETE HISTORY FROM children"
done
