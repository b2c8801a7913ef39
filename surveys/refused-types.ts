// Question types a plain HTML form without a script cannot carry, each with the reason a person authoring an
// instrument reads when it is refused. Everything else SurveyJS offers is either rendered (types.ts) or refused
// as unknown.
export const REFUSED_TYPES: Record<string, string> = {
  file: "a file upload sends a person's files over the network and is not offered to community members",
  signaturepad: "a signature pad needs a script to draw",
  imagepicker: "an image picker shows pictures loaded from elsewhere, which needs the network and a script",
  image: "an image is loaded from elsewhere, which needs the network",
  paneldynamic: "a dynamic panel adds and removes panels with a script",
  matrixdynamic: "a dynamic matrix adds and removes rows with a script",
  slider: "a slider needs a script",
};

/** Properties we cannot honour, with the reason. */
export const REFUSED_PROPERTIES: Record<string, string> = {
  choicesByUrl: "choices loaded from a URL need the network while the form is answered; list the choices in the JSON",
  valueName: "an answer stored under another name (valueName) would be shared by two questions",
  showSelectAllItem: 'a "select all" item needs a script to tick the others',
  hasSelectAll: 'a "select all" item needs a script to tick the others',
  showCommentArea: "a comment area beside a question is not supported; add a comment question after it",
  hasComment: "a comment area beside a question is not supported; add a comment question after it",
  allowCustomChoices: 'choices a person adds themselves need a script; use an "other" item (showOtherItem)',
};
