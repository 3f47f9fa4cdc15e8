use crate::conflicts::*;

fn is_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[test]
fn sync_tools_conflict_copies_are_recognised_by_name() {
    let id = "20261202-101500Z-0123456789abcdef";
    let cases = [
        (
            format!("{id}.sync-conflict-20261202-101733-ABCDEFG"),
            CopyKind::Syncthing,
        ),
        (
            format!("{id} (Dana's conflicted copy 2026-12-02)"),
            CopyKind::ConflictedCopy,
        ),
        (
            format!("{id} (conflicted copy 2026-12-02 101733)"),
            CopyKind::ConflictedCopy,
        ),
        (format!("{id} (1)"), CopyKind::Numbered),
        (
            ecoready_copy_stem(id, "20261202-101733Z"),
            CopyKind::Ecoready,
        ),
        (
            format!("{id}.ecoready-conflict-20261202-101733Z-2"),
            CopyKind::Ecoready,
        ),
    ];
    for (stem, kind) in cases {
        assert_eq!(
            conflict_copy_of(&stem, is_id),
            Some((id.to_string(), kind)),
            "{stem}"
        );
    }
    for other in [
        id.to_string(),
        format!("{id} (notes)"),
        format!("{id} ()"),
        "a b (1)".into(),
        "not an id!.ecoready-conflict-20261202-101733Z".into(),
    ] {
        assert_eq!(conflict_copy_of(&other, is_id), None, "{other}");
    }
}

#[test]
fn both_sides_of_git_markers_are_rebuilt_whole() {
    let text = "a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\nc: 4\n>>>>>>> origin/main\nd: 5\n";
    assert!(has_markers(text));
    let [ours, theirs] = split_sides(text).unwrap();
    assert_eq!(ours, "a: 1\nb: 2\nd: 5\n");
    assert_eq!(theirs, "a: 1\nb: 3\nc: 4\nd: 5\n");
}

#[test]
fn diff3_ancestors_are_left_out_and_broken_markers_refused() {
    let text = "<<<<<<< ours\nb: 2\n||||||| base\nb: 1\n=======\nb: 3\n>>>>>>> theirs\n";
    assert_eq!(
        split_sides(text).unwrap(),
        ["b: 2\n".to_string(), "b: 3\n".to_string()]
    );
    assert!(split_sides("<<<<<<< ours\nb: 2\n=======\nb: 3\n").is_err());
    assert!(split_sides("b: 2\n>>>>>>> theirs\n").is_err());
    // A `=======` line outside a conflict is content.
    assert_eq!(split_sides("x\n=======\n").unwrap()[0], "x\n=======\n");
    assert!(!has_markers("note: '<<<<<<< quoted'\n"));
}
