$ goals --vault examples/engineering-manager --today 2026-11-22 lint 'examples/engineering-manager/Goals/Get better at leadership.md' examples/engineering-manager/Reviews
? 1
--- stdout
Goals/Get better at leadership.md:2:1: warning: goal "Get better at leadership" has no deadline [no-deadline]
 2 | type: goal
   | ^
  help: Add `deadline:` with the day it must be finished by, e.g. `deadline: 2027-03-31`.

Goals/Get better at leadership.md:2:1: warning: goal "Get better at leadership" has no metric: nothing says how you will know it is done [no-metric]
 2 | type: goal
   | ^
  help: Add `metric:` with the number that will show it is done, e.g. "6 logged mentoring sessions".

Goals/Get better at leadership.md:12:1: warning: goal "Get better at leadership" is vague: it says "Get better" but names no deliverable, number or role [vague-goal]
 12 | # Get better at leadership
    | ^
  help: Say what you will deliver, how many and by when, e.g. "Run 6 one-to-ones with my two mentees and finish the Coaching for Engineers course by 2027-03-31".

Reviews/2026-W47.md:17:1: warning: question "Which tasks and priorities did I change?" has no answer [unanswered-review]
 17 | ## Which tasks and priorities did I change?
    | ^
  help: Write a sentence or two under the heading; even "nothing changed" is an answer.

4 warnings in 2 notes
