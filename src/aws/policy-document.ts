/**
 * IAM returns policy documents URL-encoded (`%7B%22Version%22…`); the AWS CLI decodes them, SDK
 * v3 does not. https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
 * ("AssumeRolePolicyDocument … URL-encoded compliant with RFC 3986").
 */
export function decodePolicyDocument(encoded: string): string {
  let text = encoded;
  try {
    text = decodeURIComponent(encoded);
  } catch {
    // Not percent-encoded after all (some emulators send plain JSON): show it as it came.
  }
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
