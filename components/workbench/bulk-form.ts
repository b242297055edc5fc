/** The id of the claims list's batch form: the list's checkboxes (`name="claim"`) belong to it through `form=`. */
export const BULK_FORM_ID = "bulk-claims";
