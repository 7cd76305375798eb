//! Property tests: `from_code`/`code` and `from_name`/`name` are inverse
//! bijections between the variants and their codes and names, and nothing
//! else maps.

mod common;

use common::sdk::SessionError;
use error_codes::ErrorCode;
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_code_maps_only_if_declared(code in any::<i32>()) {
        match ErrorCode::from_code(code) {
            Some(found) => prop_assert_eq!(found.code(), code),
            None => prop_assert!(ErrorCode::ALL.iter().all(|c| c.code() != code)),
        }
    }

    #[test]
    fn near_declared_codes_map_only_if_declared(index in 0..ErrorCode::COUNT, delta in -3i32..=3) {
        let code = ErrorCode::ALL[index].code() + delta;
        let declared = ErrorCode::ALL.iter().find(|c| c.code() == code).copied();
        prop_assert_eq!(ErrorCode::from_code(code), declared);
    }

    #[test]
    fn any_name_maps_only_if_declared(name in "\\PC{0,24}") {
        match ErrorCode::from_name(&name) {
            Some(found) => prop_assert_eq!(found.name(), name.as_str()),
            None => prop_assert!(ErrorCode::ALL.iter().all(|c| c.name() != name)),
        }
    }

    #[test]
    fn edited_names_map_only_if_declared(index in 0..ErrorCode::COUNT, at in 0usize..32, ch in any::<char>()) {
        let mut name: Vec<char> = ErrorCode::ALL[index].name().chars().collect();
        let at = at % (name.len() + 1);
        name.insert(at, ch);
        let name: String = name.into_iter().collect();
        let declared = ErrorCode::ALL.iter().find(|c| c.name() == name).copied();
        prop_assert_eq!(ErrorCode::from_name(&name), declared);
    }
}

#[test]
fn every_u16_code_maps_only_if_declared() {
    // Exhaustive where the code type allows it.
    for code in 0..=u16::MAX {
        match SessionError::from_code(code) {
            Some(found) => assert_eq!(found.code(), code),
            None => assert!(SessionError::ALL.iter().all(|e| e.code() != code)),
        }
    }
}

#[test]
fn variants_codes_and_names_are_in_bijection() {
    for (i, a) in ErrorCode::ALL.iter().enumerate() {
        assert_eq!(ErrorCode::from_code(a.code()), Some(*a));
        assert_eq!(ErrorCode::from_name(a.name()), Some(*a));
        for b in &ErrorCode::ALL[i + 1..] {
            assert_ne!(a.code(), b.code());
            assert_ne!(a.name(), b.name());
        }
    }
}
