$ goals --vault examples/engineering-manager --today 2026-11-22 list --type all --tag career --format paths
? 0
--- stdout
examples/engineering-manager/Daily/2026-11-17.md
examples/engineering-manager/Daily/2026-11-18.md
examples/engineering-manager/Goals/Develop coaching and mentoring skills.md
examples/engineering-manager/Goals/Earn promotion to Senior Software Engineer by the March 2026 review cycle.md
examples/engineering-manager/Goals/Get better at leadership.md
examples/engineering-manager/Goals/Get promoted to Engineering Manager.md
examples/engineering-manager/Goals/Have a career growth conversation with my manager.md
examples/engineering-manager/Goals/Lead the sprint planning cycle for Q1 2027.md
examples/engineering-manager/Goals/Move into engineering management.md
examples/engineering-manager/Goals/Pass the internal system design certification.md
examples/engineering-manager/Goals/Serve as acting tech lead for two quarters.md
examples/engineering-manager/Vision/My north star.md
