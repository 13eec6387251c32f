$ goals --vault examples/engineering-manager --today 2026-11-22 list --type all --linked-to "Move into engineering management" --format paths
? 0
--- stdout
examples/engineering-manager/Daily/2026-11-18.md
examples/engineering-manager/Goals/Build a network of engineering managers.md
examples/engineering-manager/Goals/Develop coaching and mentoring skills.md
examples/engineering-manager/Goals/Earn promotion to Senior Software Engineer by the March 2026 review cycle.md
examples/engineering-manager/Goals/Earn the AWS Solutions Architect certification.md
examples/engineering-manager/Goals/Get better at leadership.md
examples/engineering-manager/Goals/Get promoted to Engineering Manager.md
examples/engineering-manager/Goals/Serve as acting tech lead for two quarters.md
examples/engineering-manager/People/Marcus Oyelaran.md
examples/engineering-manager/Reviews/2026-10.md
examples/engineering-manager/Sprints/2026-Q3.md
examples/engineering-manager/Sprints/2026-Q4.md
examples/engineering-manager/Vision/My north star.md
