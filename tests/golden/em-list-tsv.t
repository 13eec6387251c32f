$ goals --vault examples/engineering-manager --today 2026-11-22 list --format tsv
? 0
--- stdout
path	title	type	status	horizon	deadline	done	total	tags
Goals/Build a network of engineering managers.md	Build a network of engineering managers	goal	active	medium	2027-06-30	1	2	networking
Goals/Develop coaching and mentoring skills.md	Develop coaching and mentoring skills	goal	active	medium	2027-06-30	2	4	career/management,mentoring
Goals/Earn promotion to Senior Software Engineer by the March 2026 review cycle.md	Earn promotion to Senior Software Engineer by the March 2026 review cycle	goal	done	medium	2026-03-31	4	4	career/promotion
Goals/Earn the AWS Solutions Architect certification.md	Earn the AWS Solutions Architect certification	goal	dropped	short	2026-06-30	1	1	learning
Goals/Finish the Coaching for Engineers course.md	Finish the Coaching for Engineers course	goal	active	short	2026-10-31	2	3	mentoring,learning
Goals/Get better at leadership.md	Get better at leadership	goal	active	medium		0	0	career/management
Goals/Get promoted to Engineering Manager.md	Get promoted to Engineering Manager	goal	active	medium	2027-09-30	0	0	career/promotion
Goals/Give a talk at the internal engineering summit.md	Give a talk at the internal engineering summit	goal	active	short	2026-12-10	1	3	speaking
Goals/Have a career growth conversation with my manager.md	Have a career growth conversation with my manager	goal	done	short	2026-07-31	3	3	career/management
Goals/Lead the sprint planning cycle for Q1 2027.md	Lead the sprint planning cycle for Q1 2027	goal	active	short	2026-12-18	1	3	career/management
Goals/Mentor 2 junior engineers.md	Mentor 2 junior engineers	goal	active	short	2026-12-31	5	7	mentoring
Goals/Move into engineering management.md	Move into engineering management	goal	active	long	2028-12-31	0	0	career/management
Goals/Pass the internal system design certification.md	Pass the internal system design certification	goal	done	short	2025-12-15	3	3	career/promotion
Goals/Run the interview loop for two backend hires.md	Run the interview loop for two backend hires	goal	planned	short	2027-03-31	0	0	hiring
Goals/Serve as acting tech lead for two quarters.md	Serve as acting tech lead for two quarters	goal	active	medium	2027-06-30	2	5	career/management
Reviews/2026-10.md	October 2026 deep dive	review			2026-10-31	0	0	review/monthly
Reviews/2026-Q3 review.md	2026-Q3 review	review			2026-10-02	0	0	review/quarterly
Reviews/2026-W46.md	Week 46	review			2026-11-15	0	0	review/weekly
Reviews/2026-W47.md	Week 47	review			2026-11-22	0	0	review/weekly
Sprints/2026-Q3.md	Q3 2026 career sprint	sprint			2026-09-30	3	6	sprint
Sprints/2026-Q4.md	Q4 2026 career sprint	sprint			2026-12-31	5	9	sprint
Vision/My north star.md	My north star	vision				0	0	career
