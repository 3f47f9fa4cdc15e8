use super::*;

/// `sha256sum` of the 5 bytes `a: 1\n`, computed outside ecoready.
const SUM_A1: &str = "37b128c59f1f5097f73f82691cb519f1f568667faab5ced1b4ab979d36837eae";

#[test]
fn seal_appends_the_sha256_of_everything_before_it() {
    assert_eq!(seal("a: 1\n"), format!("a: 1\nchecksum: sha256:{SUM_A1}\n"));
    // A text without its final newline gets one, covered by the checksum.
    assert_eq!(seal("a: 1"), seal("a: 1\n"));
}

#[test]
fn unseal_gives_the_content_and_whether_it_matches() {
    let sealed = seal("a: 1\n");
    let unsealed = unseal(sealed.as_bytes());
    assert_eq!(
        (unsealed.content, unsealed.seal),
        (&b"a: 1\n"[..], Seal::Intact)
    );

    let edited = sealed.replace("a: 1", "a: 2");
    assert_eq!(unseal(edited.as_bytes()).seal, Seal::Mismatch);

    let old = "a: 1\nb: 2\n";
    let unsealed = unseal(old.as_bytes());
    assert_eq!(
        (unsealed.content, unsealed.seal),
        (old.as_bytes(), Seal::Missing)
    );
}

#[test]
fn every_cut_of_a_sealed_file_is_missing_damaged_or_the_same_content() {
    let sealed = seal("schema_version: 3\nid: x\nanswers:\n- item: a\n  note: n\n");
    for cut in 0..sealed.len() {
        let part = &sealed.as_bytes()[..cut];
        let unsealed = unseal(part);
        match unsealed.seal {
            Seal::Missing | Seal::Damaged => {}
            // Only the final newline may be missing from an intact file.
            Seal::Intact => assert_eq!(cut, sealed.len() - 1),
            Seal::Mismatch => panic!("cut at {cut} read as another checksum"),
        }
    }
    assert_eq!(unseal(sealed.as_bytes()).seal, Seal::Intact);
}

#[test]
fn crlf_line_ends_and_a_byte_order_mark_still_match() {
    let sealed = seal("a: 1\nb: 2\n");
    let crlf = sealed.replace('\n', "\r\n");
    assert_eq!(unseal(crlf.as_bytes()).seal, Seal::Intact);
    let bom = format!("\u{feff}{crlf}");
    assert_eq!(unseal(bom.as_bytes()).seal, Seal::Intact);
}

#[test]
fn normalised_borrows_lf_text_and_converts_only_crlf() {
    assert!(matches!(normalised(b"a\nb\n"), Cow::Borrowed(_)));
    assert_eq!(&*normalised(b"a\r\nb\rc\r\n"), b"a\nb\rc\n");
    assert_eq!(&*normalised(b"\xEF\xBB\xBFa\n"), b"a\n");
    assert_eq!(
        checksum(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
}

#[test]
fn a_cut_checksum_line_is_damaged_not_missing() {
    let sealed = seal("a: 1\n");
    for cut in ["checksum", "checksum: sha256:", "checksum: sha256:37b1"] {
        let text = format!("a: 1\n{cut}");
        assert_eq!(unseal(text.as_bytes()).seal, Seal::Damaged, "{cut}");
    }
    assert!(Seal::Damaged.problem().is_some());
    assert!(
        Seal::Mismatch
            .problem()
            .unwrap()
            .contains("changed outside ecoready")
    );
    assert_eq!(unseal(sealed.trim_end().as_bytes()).seal, Seal::Intact);
}

#[test]
fn reseal_seals_the_content_as_it_is_now() {
    let edited = seal("a: 1\n").replace("a: 1", "a: 2");
    assert_eq!(unseal(edited.as_bytes()).seal, Seal::Mismatch);
    assert_eq!(reseal(&edited), seal("a: 2\n"));
    assert_eq!(reseal("a: 2\n"), seal("a: 2\n"));
}
