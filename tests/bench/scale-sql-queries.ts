// The hand-written SQL behind sql-baseline.ts. Where the schema's indexes change what the best query is,
// both forms are here and the baseline picks the one that fits the database it runs on.

const ROUNDS = `select id from rounds where partnership_id = @partnership and opens_at <= (select opens_at from rounds where id = @round)`;

// Shared stories per round: read within 14 days, answered (and the median days to it), linked to an
// action, felt heard. `answers` and `linked` differ by index; the rest is the same.
const listening = (answers: string, linked: string) => `with shared as materialized (
    select s.round_id, julianday(s.created_at) as told, julianday(rd.read_at) as read, fh.rating,
           julianday(${answers}) - julianday(s.created_at) as days_to_answer, ${linked} as linked
    from stories s
    left join story_reads rd on rd.story_id = s.id
    left join felt_heard fh on fh.story_id = s.id
    ${answers === "a.first_at" ? "left join (select story_id, min(created_at) as first_at from story_answers group by story_id) a on a.story_id = s.id" : ""}
    where s.partnership_id = @partnership and s.round_id in (${ROUNDS}) and s.withdrawn_at is null and s.scope <> 'community'),
  ranked as (select round_id, days_to_answer as days, row_number() over (partition by round_id order by days_to_answer) as i,
               count(*) over (partition by round_id) as c from shared where days_to_answer is not null),
  medians as (select round_id, avg(days) as median from ranked where i in ((c + 1) / 2, (c + 2) / 2) group by round_id)
  select round_id, count(*) as shared,
    sum(told + 14 <= julianday(@now)) as past_window,
    sum(told + 14 <= julianday(@now) and read is not null and read - told <= 14) as read_in_time,
    count(days_to_answer) as answered, (select median from medians m where m.round_id = shared.round_id) as median_days_to_answer,
    sum(linked) as linked, avg(rating) as felt_heard_mean, count(rating) as felt_heard_n
  from shared group by round_id`;

export const VARIANTS = {
  // Distribution per round, dimension and side; a null value is "don't know". Means and n follow from it.
  views: {
    // Without `value` in the index, reading the index order and summing per value avoids a sort.
    plain: `select round_id, dimension, perspective, sum(value = 1) as v1, sum(value = 2) as v2, sum(value = 3) as v3,
              sum(value = 4) as v4, sum(value = 5) as v5, sum(value is null) as dont_know
            from metric_values where round_id in (${ROUNDS}) group by round_id, dimension, perspective`,
    // With an index on (round_id, dimension, perspective, value) the plain GROUP BY never touches the table.
    indexed: `select round_id, dimension, perspective, value, count(*) as n from metric_values
              where round_id in (${ROUNDS}) group by round_id, dimension, perspective, value`,
  },
  listening: {
    // story_answers and action_stories have no index by story: aggregate them once, then join.
    plain: listening(
      "a.first_at",
      `s.id in (select x.story_id from action_stories x join actions c on c.id = x.action_id where c.partnership_id = @partnership)`,
    ),
    indexed: listening(
      "(select min(a.created_at) from story_answers a where a.story_id = s.id)",
      `exists (select 1 from action_stories x where x.story_id = s.id)`,
    ),
  },
} as const;

export const FIXED = {
  rounds: `select id, label, opens_at, closes_at from rounds where partnership_id = @partnership and opens_at <= (select opens_at from rounds where id = @round) order by opens_at, id`,
  responseRates: `select i.organisation_id, i.instrument, count(*) as invited, count(r.id) as started,
                    coalesce(sum(r.status = 'submitted'), 0) as submitted
                  from round_invitees i left join responses r
                    on r.round_id = i.round_id and r.person_id = i.person_id and r.instrument = i.instrument
                  where i.round_id = @round group by i.organisation_id, i.instrument`,
  actionsDone: `select round_id, sum(status = 'done') as done, sum(status = 'done' and community_confirmation = 'confirmed') as confirmed
                from actions where partnership_id = @partnership and round_id in (${ROUNDS}) group by round_id`,
  actionList: `select a.id, a.title, o.name, a.status, a.due_on, a.community_confirmation from actions a join organisations o on o.id = a.owner_organisation_id
               where a.partnership_id = @partnership and (a.round_id = @round or (a.round_id in (${ROUNDS}) and a.status in ('proposed', 'started')))`,
  // Ties per unordered pair among the partnership's organisations; degrees, crossings and density follow.
  network: `with members as (select organisation_id as id from partnership_members where partnership_id = @partnership),
              pairs as (select distinct min(from_organisation_id, to_organisation_id) as a, max(from_organisation_id, to_organisation_id) as b
                        from network_ties where round_id = @round and from_organisation_id <> to_organisation_id
                          and from_organisation_id in members and to_organisation_id in members),
              ends as (select a as org from pairs union all select b from pairs),
              compared as (select pairs.*, oa.populations as pa, ob.populations as pb from pairs
                           join organisations oa on oa.id = a join organisations ob on ob.id = b
                           where json_array_length(oa.populations) > 0 and json_array_length(ob.populations) > 0)
            select (select count(*) from pairs) as ties, (select count(*) from members) as organisations,
              (select json_group_object(org, n) from (select org, count(*) as n from ends group by org)) as degrees,
              (select count(*) from compared) as compared,
              (select count(*) from compared where not exists (select 1 from json_each(pa) x join json_each(pb) y on x.value = y.value)) as crossing`,
} as const;
