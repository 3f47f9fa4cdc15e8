## store: what the data directory refuses or cannot do, as users read it. Messages start
## with the path when they are about one file.

## Entries the store refuses
store-symbolic-link = { $path } is a symbolic link; ecoready does not follow links inside its data directory
# $kind is one of the store-kind-… words.
store-not-regular-file = { $path } is { $kind }, not a regular file; ecoready only reads regular files
store-not-a-directory = { $path } is { $kind }, not a directory
store-not-owned = { $path } belongs to another user (uid { $owner }, not { $user }); ecoready only uses directories of the user running it
store-unreadable-directory = cannot read the directory { $path }: { $reason }
store-kind-fifo = a FIFO (named pipe)
store-kind-socket = a socket
store-kind-device = a device
store-kind-symbolic-link = a symbolic link
store-kind-directory = a directory
store-kind-file = a file
store-kind-special-file = a special file

## Finding and locking an assessment
store-invalid-id = `{ $id }` is not a valid assessment id: use 1 to { $max } letters, digits, `_` or `-`
store-no-assessment-with-id = no assessment with id `{ $wanted }`
store-no-assessment-starting-with = no assessment with id starting with `{ $wanted }`
store-ambiguous-id = `{ $prefix }` matches { $count } assessments ({ $candidates }); give more of the id
# The first ids of an ambiguous prefix, and how many more there are.
store-candidates-and-more = { $shown } and { $count } more
store-draft-busy = This draft is open in another ecoready window. Close it there first.
store-draft-busy-pid = This draft is open in another ecoready window (pid { $pid }). Close it there first.
store-lock-failed = could not lock { $path }: { $reason }

## Assessment files that cannot be read
store-git-markers = it holds git conflict markers (two versions from a merge); { $hint }
# What a conflict's problem says to do; $mark is store-conflict-hint-mark.
store-conflict-hint = { $mark } and `ecoready conflicts --merge { $id }` merges the versions
store-conflict-hint-mark = `ecoready conflicts` shows it
# $copy says what kind of copy it is (a Syncthing conflict copy, …).
store-conflict-copy = { $copy } of assessment { $id }; { $hint }
store-file-name-not-id = the file name is not a valid assessment id
store-id-mismatch = the file holds assessment `{ $id }`, which does not match its file name
store-not-ecoready-assessment = this is not an ecoready assessment file (it has no `schema_version`); its content is not shown and the file was left unchanged
store-not-ecoready-map = this is not an ecoready ecosystem map file (it has no `schema_version`); its content is not shown and the file was left unchanged
store-not-ecoready-norms = this is not an ecoready norms file (it has no `schema_version`); its content is not shown and the file was left unchanged
store-newer-schema = written by a newer version of ecoready (schema_version { $version }; this version reads up to { $supported }); update ecoready to open it (the file was left unchanged)
store-cannot-read-it = cannot read it: { $reason }
store-too-large = the file is too large (the limit is { $limit } bytes)
store-open-failed = could not open the data directory
store-yaml-failed = could not write assessment { $id } as YAML

## Trash
store-trash-no-id = nothing in the trash has the id `{ $wanted }` (`ecoready trash` lists it)
store-trash-no-id-starting-with = nothing in the trash has the id starting with `{ $wanted }` (`ecoready trash` lists it)
store-trash-create-failed = could not create the trash folder
store-move-failed = could not move { $from } to { $to }
store-move-back-failed = could not move { $path } back

## Renaming and merging organizations
store-org-not-found = no assessment or map of "{ $org }"
# $problem says what is wrong with the name ("is empty", a length limit).
store-org-bad-name = the new name { $problem }
store-org-name-empty = is empty
store-org-name-taken = "{ $org }" already names another organization; merge the two instead (`ecoready org merge`, or M in History)
store-org-same = "{ $a }" and "{ $b }" are the same organization; rename it instead
store-org-draft-busy = nothing was renamed: assessment { $id } is a draft

## Merging conflict versions
store-merge-version-unreadable = nothing was merged: { $file }: { $problem }
store-merge-refused = nothing was merged: { $problem }
store-side-first = (first side of the conflict markers)
store-side-second = (second side of the conflict markers)

## Settings, repair, maps
store-config-defaults = { $problem }; using the default settings
store-config-language = language: ecoready does not speak { $value }; it speaks { $codes }
store-not-repairable = { $path }: { $problem }; repair accepts only a file that is still a whole assessment
store-map-cannot-save = the ecosystem map cannot be saved: { $problems }
store-map-git-markers = it holds git conflict markers (two versions from a merge); keep one side's lines, or move the file aside and save the map again

## Questionnaire files, norms, reports
store-questionnaire-not-utf8 = { $file }:{ $line }: the file is not valid UTF-8 text
store-kept-questionnaire-unloadable = the kept copy of questionnaire `{ $questionnaire }` version { $version } cannot be loaded
store-norms-already-imported = norms from { $source } are already imported ({ $path }); remove that file to replace them
store-norms-dir-failed = could not create the norms directory
store-norms-too-many = { $dir } holds too many norms files named after { $name }
store-report-bad-name = not a plain file name for a report: { $name }
store-reports-too-many = { $dir } already holds { $count } reports named after { $name }

## Writing files
store-save-failed = could not save { $path }
store-create-dir-failed = could not create the directory { $path }
store-sync-dir-failed = saved { $path } but could not sync its directory
store-maps-dir-failed = could not create the maps directory
store-map-dir-failed = could not create the map's directory
store-map-yaml-failed = could not write the map of { $org } as YAML
store-map-versions-too-many = { $dir } already holds { $count } map versions named { $name }

## Checksums, renames, state
store-seal-missing = it has no checksum line, which every file of its format version ends with: the file is incomplete (cut short) or was changed outside ecoready
# $problem says what is wrong with the checksum; $accept is the command that accepts the file.
store-seal-remedy = { $problem }; it is not used and was left unchanged (if the change was made on purpose, `{ $accept }` accepts the file as it is)
store-lock-path-failed = could not lock { $path }
store-journal-write-failed = could not write the plan
store-journal-damaged = the plan is damaged
store-journal-newer = the plan was written by a newer version of ecoready; finish it with that version
store-file-yaml-failed = could not write { $path } as YAML
store-remove-failed = could not remove { $path }
store-open-file-failed = could not open { $path }
store-read-failed = could not read { $path }
store-state-dir-failed = could not create the per-machine state directory
store-listing-without-scores = this listing was made without every score
store-trash-full-of-name = { $trash } holds { $count } files named after { $id }
store-restore-id-taken = assessment { $id } is in the data directory already, so { $trash_id } stays in the trash (remove the other one first to swap them)
store-no-cache-directory = this system has no standard cache directory (no home directory was found); set { $variable } to a directory for ecoready's per-machine state
store-org-both-mapped = "{ $a }" and "{ $b }" both have an ecosystem map; two maps cannot be merged into one history. Keep one: rename the other organization instead, or merge the other way after moving its map away
store-rename-unfinished = an interrupted rename of an organization could not be finished; its plan is { $path } (nothing was lost: each file holds the old name or the new one)
store-rename-under-way = another rename is under way or was interrupted ({ $path } exists); run ecoready again once it has finished
store-no-conflict = assessment { $id } has no conflict copies and no conflict markers: nothing to merge (`ecoready conflicts` lists the conflicts)
store-no-data-directory = this system has no standard data directory (no home directory was found); pass --data-dir DIR or set ECOREADY_DATA_DIR
store-questionnaire-not-kept = questionnaire `{ $id }` version { $version } (digest { $digest }) is not built into this version of ecoready and no copy of it is kept in { $dir }
store-save-changed = assessment { $id } was changed on disk since this window opened it (probably by a sync or git pull); nothing was written over it
store-save-vanished = assessment { $id } was removed from disk since this window opened it (moved to the trash or deleted, perhaps on another machine); it was not saved again
store-too-many-copies = { $count } conflict copies of assessment { $id } were made this second; nothing more was written
