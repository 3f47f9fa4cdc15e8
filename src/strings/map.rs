//! What the ecosystem map's screens say.

use crate::tr;

messages! {
    /// Home menu entry: ecosystem maps.
    menu_maps = tr!("wizard-menu-maps");
    /// Map screen title.
    map_title = tr!("wizard-map-title");
    /// Title of the list of organizations to map.
    map_picker_title = tr!("wizard-map-picker-title");
    /// Hint above the list of organizations to map.
    map_picker_hint = tr!("wizard-map-picker-hint");
    /// Entry of the organization list that starts a map for a new organization.
    map_new_organization = tr!("wizard-map-new-organization");
    /// An organization without a map.
    map_no_map_yet = tr!("wizard-map-no-map-yet");
    /// While the store is read.
    map_loading = tr!("wizard-map-loading");
    /// Title of the new organization prompt.
    map_name_title = tr!("wizard-map-name-title");
    /// Hint of the new organization prompt.
    map_name_hint = tr!("wizard-map-name-hint");
    /// Placeholder of the new organization prompt.
    map_name_placeholder = tr!("wizard-map-name-placeholder");
    /// Validation message of the new organization prompt.
    map_need_name = tr!("wizard-map-need-name");
    /// A map without partners.
    map_empty = tr!("wizard-map-empty");
    /// A layer without partners.
    map_empty_layer = tr!("wizard-map-empty-layer");
    /// A map that has never been saved.
    map_not_saved = tr!("wizard-map-not-saved");
    /// A map whose last change could not be saved.
    map_unsaved = tr!("wizard-map-unsaved");
    /// Status after a map version is saved.
    map_saved = tr!("wizard-map-saved");
    /// Said when a map save was merged with versions saved elsewhere since the map was opened
    /// (what the merge did is shown above the map).
    map_saved_merged = tr!("wizard-map-saved-merged");
    /// Layer filter off.
    map_all_layers = tr!("wizard-map-all-layers");
    /// Sector filter off.
    map_all_sectors = tr!("wizard-map-all-sectors");
    /// Sector filter value for partners without a sector.
    map_no_sector = tr!("wizard-map-no-sector");
    /// Insights panel heading.
    map_insights = tr!("wizard-map-insights");
    /// Insights heading.
    map_layers = tr!("wizard-map-layers");
    /// Insights heading.
    map_resources = tr!("wizard-map-resources");
    /// Insights heading.
    map_concentration = tr!("wizard-map-concentration");
    /// Insights heading.
    map_next_steps = tr!("wizard-map-next-steps");
    /// Partner form title when adding.
    map_add_title = tr!("wizard-map-add-title");
    /// Partner form title when editing.
    map_edit_title = tr!("wizard-map-edit-title");
    /// Partner form hint.
    map_form_hint = tr!("wizard-map-form-hint");
    /// Partner form label.
    map_field_name = tr!("wizard-map-field-name");
    /// Partner form label.
    map_field_sector = tr!("wizard-map-field-sector");
    /// Partner form label.
    map_field_layer = tr!("wizard-map-field-layer");
    /// Partner form label.
    map_field_relationship = tr!("wizard-map-field-relationship");
    /// Partner form label.
    map_field_tangible = tr!("wizard-map-field-tangible");
    /// Partner form label.
    map_field_intangible = tr!("wizard-map-field-intangible");
    /// Partner form label.
    map_field_relational = tr!("wizard-map-field-relational");
    /// Partner form label.
    map_field_brings_note = tr!("wizard-map-field-brings-note");
    /// Partner form label.
    map_field_we_bring = tr!("wizard-map-field-we-bring");
    /// Partner form label.
    map_field_tie = tr!("wizard-map-field-tie");
    /// Placeholder of the partner name.
    map_hint_name = tr!("wizard-map-hint-name");
    /// Placeholder of the partner sector.
    map_hint_sector = tr!("wizard-map-hint-sector");
    /// Placeholder of what the partner brings.
    map_hint_brings_note = tr!("wizard-map-hint-brings-note");
    /// Placeholder of what the firm brings.
    map_hint_we_bring = tr!("wizard-map-hint-we-bring");
    /// Partner form validation message.
    map_need_partner_name = tr!("wizard-map-need-partner-name");
    /// Removal question.
    map_remove_question = tr!("wizard-map-remove-question");
    /// Removal explanation.
    map_remove_note = tr!("wizard-map-remove-note");
    /// Map files that could not be read.
    map_skipped = tr!("wizard-map-skipped");
    /// Results: heading of the ecosystem map's notes.
    map_notes = tr!("wizard-map-notes");
}

/// Marks a gap in the insights (a symbol, so it shows without colour).
pub const MAP_GAP_MARK: &str = "⚠";
/// What each tie strength means, 1 to 5.
pub fn map_tie_meanings() -> [&'static str; 5] {
    [
        tr!("wizard-map-tie-1"),
        tr!("wizard-map-tie-2"),
        tr!("wizard-map-tie-3"),
        tr!("wizard-map-tie-4"),
        tr!("wizard-map-tie-5"),
    ]
}
