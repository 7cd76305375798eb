//! `error-codes next`: the code whoever adds an error to a section takes,
//! the lowest of the section's range that no code has (first or
//! alternative) and that is not retired.

use error_codes_model::{Reserved, Taxonomy};

/// The lowest free code of `section`'s range, `Ok(None)` when the range
/// is full.
///
/// # Errors
///
/// The taxonomy has no section `section`, or the section has no range:
/// the one line to print.
pub fn next(taxonomy: &Taxonomy, section: &str) -> Result<Option<i128>, String> {
    let Some(range) = taxonomy.range_of(section) else {
        let sections: Vec<String> = taxonomy
            .sections()
            .iter()
            .filter_map(|section| section.category)
            .map(|category| format!("`{category}`"))
            .collect();
        let has_section = taxonomy
            .entries
            .iter()
            .any(|entry| entry.facts.category.as_deref() == Some(section));
        return Err(if has_section {
            format!(
                "the section `{section}` of `{}` has no range; give it one, as in `#[error_codes(ranges = [(\"{section}\", 200..=299)])]`",
                taxonomy.name
            )
        } else if sections.is_empty() {
            format!("`{}` has no section", taxonomy.name)
        } else {
            format!(
                "`{}` has no section `{section}`; its sections are {}",
                taxonomy.name,
                sections.join(", ")
            )
        });
    };
    let mut taken: Vec<i128> = taxonomy
        .every_code()
        .map(|(code, _)| code)
        .filter(|&code| range.contains(code))
        .collect();
    taken.sort_unstable();
    // The candidate climbs past each code taken and each retired one, the
    // codes in order: linear in the codes, whatever the range's width.
    let mut taken = taken.into_iter().peekable();
    let mut candidate = range.start;
    while candidate <= range.end {
        while taken.next_if(|&code| code < candidate).is_some() {}
        if taken.peek() == Some(&candidate) {
            candidate += 1;
            continue;
        }
        // A range variant's codes are taken, all of them.
        if let Some((_, end)) = taxonomy
            .entries
            .iter()
            .filter_map(|entry| entry.range)
            .find(|&(start, end)| start <= candidate && candidate <= end)
        {
            candidate = end + 1;
            continue;
        }
        if let Some(reserved) = taxonomy
            .reserved
            .iter()
            .find(|reserved| reserved.covers_code(candidate))
        {
            candidate = match *reserved {
                Reserved::Range(_, end) => end + 1,
                _ => candidate + 1,
            };
            continue;
        }
        return Ok(Some(candidate));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_model::{CodeType, Entry, SectionRange};

    fn session() -> Taxonomy {
        let mut taxonomy = Taxonomy::new("E", CodeType::U16);
        for (code, alternatives) in [(201, vec![]), (202, vec![]), (204, vec![206])] {
            let mut entry = Entry::new("V", code, format!("e{code}"));
            entry.facts.category = Some("Session".to_owned());
            entry.alternatives = alternatives;
            taxonomy.entries.push(entry);
        }
        taxonomy.ranges.push(SectionRange {
            section: "Session".to_owned(),
            start: 201,
            end: 209,
        });
        taxonomy.reserved = vec![Reserved::Code(203), Reserved::Range(207, 208)];
        taxonomy
    }

    #[test]
    fn the_lowest_code_neither_taken_nor_retired() {
        let mut taxonomy = session();
        assert_eq!(next(&taxonomy, "Session"), Ok(Some(205)));
        taxonomy.entries.push(Entry::new("W", 205, "e205"));
        // 206 is an alternative, 207 and 208 are retired.
        assert_eq!(next(&taxonomy, "Session"), Ok(Some(209)));
        taxonomy.entries.push(Entry::new("X", 209, "e209"));
        assert_eq!(next(&taxonomy, "Session"), Ok(None));
    }

    #[test]
    fn a_range_variant_takes_every_code_of_its_range() {
        let mut taxonomy = session();
        let mut band = Entry::range("Band", 205, 206, "band");
        band.facts.category = Some("Session".to_owned());
        taxonomy.entries.push(band);
        assert_eq!(next(&taxonomy, "Session"), Ok(Some(209)));
    }

    #[test]
    fn a_section_without_a_range_or_no_section_is_named() {
        let mut taxonomy = session();
        taxonomy.entries[0].facts.category = Some("Media".to_owned());
        assert_eq!(
            next(&taxonomy, "Media").unwrap_err(),
            "the section `Media` of `E` has no range; give it one, as in `#[error_codes(ranges = [(\"Media\", 200..=299)])]`"
        );
        assert_eq!(
            next(&taxonomy, "Socket").unwrap_err(),
            "`E` has no section `Socket`; its sections are `Media`, `Session`"
        );
    }
}
