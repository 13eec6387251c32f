$ goals --vault examples/engineering-manager lint --list-rules
? 0
--- stdout
ambiguous-link             warning  a link matches several notes after Obsidian's tie-breaks
broken-relation            error    a `parent`, `goals` or `sprint` property links to no note
duplicate-key              error    a front-matter key is written twice, so Obsidian reads no properties
file-too-large             error    a note is larger than the loader reads
horizon-mismatch           info     a goal's deadline does not fit its horizon
invalid-encoding           error    a note is not valid UTF-8
invalid-frontmatter        error    front matter that does not parse, is not a mapping or trips a guard
invalid-obsidian-settings  warning  an Obsidian settings file goals reads is not JSON or holds a value of the wrong type
invalid-property           error    a property holds a value of the wrong kind: an impossible date, an unknown status, horizon or cadence
missing-review             warning  a sprint has ended and no review looks back on it
no-accountability          info     an active short or medium goal, or a sprint goal, names no accountability partner
no-deadline                warning  an active goal has no valid deadline
no-metric                  warning  an active short or medium goal, or a sprint goal, has no success metric
no-weekly-plan             warning  a sprint goal has no `Week a-b:` milestones
note-too-costly            warning  a note costs too much to read in full
note-too-deep              error    a note nests quotes and lists too deep to read
orphan-goal                warning  a goal reaches no long-term goal or vision through `parent`
outside-control            warning  a goal's outcome is someone else's decision
overdue                    warning  an active goal's deadline or an open milestone's due date has passed
parent-cycle               error    `parent` links among goals and the vision form a cycle
periodic-name-clash        warning  a sprint note has the name Periodic Notes gives a quarterly note, so a link to it may open either
skipped-symlink            info     a symbolic link that leaves the vault, loops or dangles was skipped
sprint-dates               warning  a sprint's dates are missing or invalid, its length is not about 90 days, or it overlaps another sprint
stale-goal                 info     an active goal has not been reviewed for more than 90 days
table-too-large            warning  a table is too large to read as a table
too-many-goals             error    a sprint holds more goals than the maximum (3)
unanswered-review          warning  a review note leaves a question without an answer
unfilled-placeholder       warning  a sprint or goal note keeps template text nobody filled in
unquoted-link              warning  a link in a property is not in quotes, so YAML reads it as a nested list
unreadable                 error    a file or folder in the vault cannot be read
unresolved-link            info     a link or embed in a note's body matches no note or file
vague-goal                 warning  a goal's title is vague: no deliverable, number or named role
